package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

/** The event records of the responders and hospitals: their columns of events.csv and their checks. */
class ResponseEventRecordsTest {

    static final List<SimEvent> EVENTS = List.of(
            new FirstCall(300, "UA", "tank"),
            new UnitDispatched(360, "amb-odesa-2", UnitType.AMBULANCE, "ems-odesa", "UA", "tank", 12_345.6),
            new UnitOnScene(1101.7, "amb-odesa-2", UnitType.AMBULANCE, "UA", "tank", 741.7),
            new UnitTaskStarted(1101.7, "amb-odesa-2", "UA", UnitTask.EN_ROUTE, ""),
            new HazardEstimated(1400, "command-ua", "UA", "tank", "AEGL-2", 2400.4, false),
            new HazardEstimated(2000, "det-1", "UA", "tank", "AEGL-2", 3150, true),
            new CordonSet(1700, "police-1", "UA", "tank", 300, 1200),
            new DeconOpened(2400, "decon-1", "UA", "staging"),
            new PatientTriaged(2500, "amb-odesa-2", "UA", "p42", TriageCategory.IMMEDIATE, "staging"),
            new PatientTriaged(2510, "amb-odesa-2", "UA", "p43", TriageCategory.MINOR, ""),
            new PatientTransported(2600, "amb-odesa-2", "UA", "p42", TriageCategory.IMMEDIATE, "odesa-hospital"),
            new PatientAdmitted(3600, "odesa-hospital", "UA", "p42", TriageCategory.IMMEDIATE, HospitalWard.ICU, true),
            new PatientAdmitted(3700, "odesa-hospital", "UA", "p7", TriageCategory.MINOR, HospitalWard.ED, false),
            new PatientDied(3000, "staging", "UA", "p44", false),
            new PatientDied(3050, "", "UA", "p45", false),
            new PatientDied(9000, "odesa-hospital", "UA", "p42", true),
            new HospitalTierChanged(5000, "odesa-hospital", "UA", SurgeTier.CONTINGENCY, 312),
            new HospitalDiverted(5100, "odesa-hospital", "UA", "p50", "izmail-hospital"),
            new HospitalDiverted(5200, "odesa-hospital", "UA", "p51", ""),
            new RespondersInjured(1500, "fire-1", "UA", 2, "admitted"));

    @Test
    void eachTypeFillsTheCommonColumns() {
        List<String> rows = EVENTS.stream().map(e -> String.join("|", e.type(), e.actor(), e.country(), e.subject(),
                e.detail())).toList();
        assertEquals(List.of(
                "first_call||UA|tank|first emergency call reached dispatch",
                "unit_dispatched|amb-odesa-2|UA|tank|ambulance of ems-odesa, 12346 m by road",
                "unit_on_scene|amb-odesa-2|UA|tank|ambulance on scene 742 s after the call",
                "unit_task|amb-odesa-2|UA||en-route",
                "hazard_estimated|command-ua|UA|tank|AEGL-2 area to 2400 m from the source, from the forecast",
                "hazard_estimated|det-1|UA|tank|AEGL-2 area to 3150 m from the source, from readings",
                "cordon_set|police-1|UA|tank|hot zone to 300 m, warm zone to 1200 m",
                "decon_opened|decon-1|UA|staging|decontamination line open",
                "patient_triaged|amb-odesa-2|UA|p42|immediate at staging",
                "patient_triaged|amb-odesa-2|UA|p43|minor",
                "patient_transported|amb-odesa-2|UA|p42|immediate, to odesa-hospital",
                "patient_admitted|odesa-hospital|UA|p42|immediate, into icu",
                "patient_admitted|odesa-hospital|UA|p7|minor, into ed, not decontaminated",
                "died_before_care||UA|p44|died before reaching care at staging",
                "died_before_care||UA|p45|died before reaching care",
                "died_in_hospital|odesa-hospital|UA|p42|died in hospital",
                "hospital_tier|odesa-hospital|UA|odesa-hospital|contingency, 312 beds occupied",
                "hospital_diverted|odesa-hospital|UA|p50|full, sent on to izmail-hospital",
                "hospital_diverted|odesa-hospital|UA|p51|full, no hospital had room",
                "responders_injured|fire-1|UA|fire-1|2 crew hurt, worst admitted"), rows);
    }

    @Test
    void singularsReadAsEnglish() {
        assertEquals("contingency, 1 bed occupied",
                new HospitalTierChanged(1, "h", "UA", SurgeTier.CONTINGENCY, 1).detail());
        assertEquals("1 crew member hurt, worst sought_care",
                new RespondersInjured(1, "fire-1", "UA", 1, "sought_care").detail());
    }

    /** The chart of response times reads them back from events.csv: what the record writes, it parses. */
    @Test
    void responseTimeReadsBackFromTheDetail() throws IOException {
        UnitOnScene arrival = new UnitOnScene(2000, "hazmat-1", UnitType.HAZMAT, "MD", "tank", 1234.4);
        StringWriter csv = new StringWriter();
        new EventsCsvWriter(t -> "").write(List.of(arrival), csv);
        CSVRecord row = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv.toString())).getRecords().get(0);
        assertEquals(OptionalDouble.of(1234), UnitOnScene.responseS(row.get("detail")));
        assertEquals(OptionalDouble.of(0), UnitOnScene.responseS(
                new UnitOnScene(0, "u", UnitType.POLICE, "MD", "tank", 0.2).detail()));
        assertTrue(UnitOnScene.responseS("on scene soon").isEmpty());
        assertTrue(UnitOnScene.responseS("ambulance on scene 12 s after the call, late").isEmpty());
    }

    @Test
    void unitTaskDetailIsTheTaskLabel() {
        for (UnitTask task : UnitTask.values()) {
            assertEquals(task.label(), new UnitTaskStarted(10, "u", "UA", task, "tank").detail());
        }
    }

    @Test
    void invalidFieldsAreRejectedWithWhatWasExpected() {
        assertEquals("event time must be a finite time >= 0 s after T0, got -1.0", assertThrows(
                IllegalArgumentException.class, () -> new FirstCall(-1, "UA", "tank")).getMessage());
        assertEquals("event field 'hazardId' must be a text (\"\" for none), got null", assertThrows(
                IllegalArgumentException.class, () -> new FirstCall(1, "UA", null)).getMessage());
        assertEquals("event field 'unitType' must be given, got null", assertThrows(IllegalArgumentException.class,
                () -> new UnitOnScene(1, "u", null, "UA", "tank", 5)).getMessage());
        assertEquals("event field 'task' must be given, got null", assertThrows(IllegalArgumentException.class,
                () -> new UnitTaskStarted(1, "u", "UA", null, "tank")).getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new UnitDispatched(1, "u", UnitType.AMBULANCE, "a", "UA", "tank", -1));
        assertThrows(IllegalArgumentException.class,
                () -> new UnitOnScene(1, "u", UnitType.AMBULANCE, "UA", "tank", Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> new HazardEstimated(1, "c", "UA", "tank", "AEGL-2", Double.POSITIVE_INFINITY, true));
        assertEquals("event field 'warmRadiusM' must be finite and at least the hot radius (500.0 m), got 400.0",
                assertThrows(IllegalArgumentException.class, () -> new CordonSet(1, "p", "UA", "tank", 500, 400))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PatientTriaged(1, "a", "UA", "p1", null, ""));
        assertThrows(IllegalArgumentException.class,
                () -> new PatientAdmitted(1, "h", "UA", "p1", TriageCategory.MINOR, null, true));
        assertThrows(IllegalArgumentException.class, () -> new PatientDied(1, "h", "UA", null, true));
        assertThrows(IllegalArgumentException.class,
                () -> new HospitalTierChanged(1, "h", "UA", SurgeTier.CRISIS, -1));
        assertThrows(IllegalArgumentException.class, () -> new HospitalDiverted(1, "h", "UA", "p1", null));
        assertEquals("event field 'injured' must be at least 0, got -1", assertThrows(IllegalArgumentException.class,
                () -> new RespondersInjured(1, "u", "UA", -1, "admitted")).getMessage());
        assertEquals("crew already hurt were hurt worse, worst icu",
                new RespondersInjured(1, "u", "UA", 0, "icu").detail());
    }
}
