package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.cbrnsim.record.EventLog;
import org.cbrnsim.record.SimEvent;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

/** Each call of the response callbacks becomes one event of the log, with its fields where events.csv puts them. */
class RecordedResponseEventsTest {

    @Test
    void everyCallIsOneEventAtItsTime() {
        EventLog log = new EventLog();
        ResponseEvents events = new RecordedResponseEvents(log, "AEGL");
        events.firstCall(300, "MD", "tank");
        events.unitDispatched(360, "amb-1", UnitType.AMBULANCE, "ems-md", "MD", "tank", 8_000);
        events.unitTask(360, "amb-1", "MD", UnitTask.EN_ROUTE, "");
        events.unitOnScene(1000, "amb-1", UnitType.AMBULANCE, "MD", "tank", 700);
        events.hazardEstimated(1300, "igsu-command", "MD", "tank", 3, 650, false);
        events.cordonSet(1600, "police-1", "MD", "tank", 650, 2100);
        events.deconOpened(2200, "decon-1", "MD", "tank");
        events.patientTriaged(2300, "amb-1", "MD", "p9", TriageCategory.DELAYED, "tank");
        events.patientTransported(2400, "amb-1", "MD", "p9", TriageCategory.DELAYED, "ungheni-hospital");
        events.patientAdmitted(3500, "ungheni-hospital", "MD", "p9", TriageCategory.DELAYED, HospitalWard.WARD, true);
        events.patientDied(2000, "tank", "MD", "p3", false);
        events.patientDied(7000, "ungheni-hospital", "MD", "p9", true);
        events.hospitalTier(6000, "ungheni-hospital", "MD", SurgeTier.CRISIS, 180);
        events.hospitalDiverted(6100, "ungheni-hospital", "MD", "p12", "chisinau-hospital");
        events.respondersInjured(1900, "fire-2", "MD", 3, "sought_care");
        List<String> rows = log.events().stream().map(RecordedResponseEventsTest::row).toList();
        assertEquals(List.of(
                "300|first_call||tank|first emergency call reached dispatch",
                "360|unit_dispatched|amb-1|tank|ambulance of ems-md, 8000 m by road",
                "360|unit_task|amb-1||en-route",
                "1000|unit_on_scene|amb-1|tank|ambulance on scene 700 s after the call",
                "1300|hazard_estimated|igsu-command|tank|AEGL-3 area to 650 m from the source, from the forecast",
                "1600|cordon_set|police-1|tank|hot zone to 650 m, warm zone to 2100 m",
                "1900|responders_injured|fire-2|fire-2|3 crew hurt, worst sought_care",
                "2000|died_before_care||p3|died before reaching care at tank",
                "2200|decon_opened|decon-1|tank|decontamination line open",
                "2300|patient_triaged|amb-1|p9|delayed at tank",
                "2400|patient_transported|amb-1|p9|delayed, to ungheni-hospital",
                "3500|patient_admitted|ungheni-hospital|p9|delayed, into ward",
                "6000|hospital_tier|ungheni-hospital|ungheni-hospital|crisis, 180 beds occupied",
                "6100|hospital_diverted|ungheni-hospital|p12|full, sent on to chisinau-hospital",
                "7000|died_in_hospital|ungheni-hospital|p9|died in hospital"), rows);
        assertEquals(List.of("MD"), log.events().stream().map(SimEvent::country).distinct().toList());
    }

    private static String row(SimEvent e) {
        return (long) e.tS() + "|" + e.type() + "|" + e.actor() + "|" + e.subject() + "|" + e.detail();
    }
}
