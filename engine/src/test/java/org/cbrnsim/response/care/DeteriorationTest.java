package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.ResponseParameters;
import org.junit.jupiter.api.Test;

/** Deterioration on START's tolerable delays (3 h minor, 1 h delayed) and the assumed 1 h to death. */
class DeteriorationTest {

    private static final ResponseParameters.Triage TRIAGE = ResponseParameters.defaults().triage();

    /** A site that writes down what it hears. */
    private static final class Ward implements CareSite {
        final List<String> heard = new ArrayList<>();
        final boolean hospital;

        Ward(boolean hospital) {
            this.hospital = hospital;
        }

        @Override
        public String placeId() {
            return hospital ? "hospital" : "ccp";
        }

        @Override
        public boolean isHospital() {
            return hospital;
        }

        @Override
        public void patientWorsened(Patient patient, double tS) {
            heard.add(tS + " " + patient.condition().label());
        }

        @Override
        public void patientDied(Patient patient, double tS) {
            heard.add(tS + " " + patient.condition().label());
        }
    }

    @Test
    void theDefaultsAreStartsTolerableDelays() {
        assertEquals(3 * 3600, TRIAGE.minorToDelayedS());
        assertEquals(3600, TRIAGE.delayedToImmediateS());
        assertEquals(3600, TRIAGE.immediateToDeadS());
    }

    @Test
    void anUntreatedMinorPatientWorsensOnTheStatedScheduleAndDiesFiveHoursAfterInjury() {
        EventTape tape = new EventTape();
        Ward ccp = new Ward(false);
        Patient patient = CareRun.patient(7, HealthState.SOUGHT_CARE, 100);
        double[] timeToDeathS = new double[2];
        CareRun.run(8 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            patient.moveTo(ccp);
            sim.events().at(100, t -> {
                deterioration.start(patient, t);
                timeToDeathS[0] = deterioration.timeToDeathS(patient, t);
            });
            sim.events().at(15000, t -> timeToDeathS[1] = deterioration.timeToDeathS(patient, t));
        });
        // 100 + 3 h = 10 900 s delayed; + 1 h = 14 500 s immediate; + 1 h = 18 100 s dead.
        assertEquals(List.of("10900.0 delayed", "14500.0 immediate", "18100.0 deceased"), ccp.heard);
        assertEquals(List.of("18100.0 died p7 at ccp"), tape.lines);
        assertEquals(18100.0, patient.diedS());
        assertEquals(18000.0, timeToDeathS[0], "5 h left at injury");
        assertEquals(3100.0, timeToDeathS[1], "immediate since 14 500 s, dead at 18 100 s");
        assertFalse(patient.ambulatory(), "a dead patient does not walk");
    }

    @Test
    void anUntreatedIcuPatientDiesAnHourAfterInjuryInHospitalWhenItLiesThere() {
        EventTape tape = new EventTape();
        Patient patient = CareRun.patient(3, HealthState.ICU, 0);
        patient.moveTo(new Ward(true));
        CareRun.run(2 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            deterioration.start(patient, 0);
        });
        assertEquals(List.of("3600.0 died p3 at hospital in hospital"), tape.lines);
        assertTrue(patient.isDead());
    }

    @Test
    void treatmentStopsTheClock() {
        EventTape tape = new EventTape();
        Ward ccp = new Ward(false);
        Patient patient = CareRun.patient(1, HealthState.ADMITTED, 0);
        patient.moveTo(ccp);
        CareRun.run(24 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            deterioration.start(patient, 0);
            sim.events().at(1800, t -> deterioration.stop(patient, t));
        });
        assertEquals(List.of(), ccp.heard);
        assertEquals(List.of(), tape.lines);
        assertEquals(TriageCategory.DELAYED, patient.condition());
        assertEquals(1800.0, patient.treatmentStartedS());
        assertTrue(patient.underTreatment());
    }

    @Test
    void resumingRunsOnWithTheTimeLeftInTheStage() {
        EventTape tape = new EventTape();
        Ward ccp = new Ward(false);
        Patient patient = CareRun.patient(1, HealthState.SOUGHT_CARE, 0);
        patient.moveTo(ccp);
        CareRun.run(8 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            deterioration.start(patient, 0);
            sim.events().at(5000, t -> deterioration.stop(patient, t));
            sim.events().at(8000, t -> deterioration.resume(patient, t));
        });
        // 5 000 s of the 10 800 s stage spent; 5 800 s left from 8 000 s: delayed at 13 800 s, then 1 h each.
        assertEquals(List.of("13800.0 delayed", "17400.0 immediate", "21000.0 deceased"), ccp.heard);
        assertEquals(5000.0, patient.treatmentStartedS(), "treatment began once, at its first stop");
    }

    @Test
    void aClockStartsOnceAndADeadPatientCannotBeTreated() {
        Patient patient = CareRun.patient(1, HealthState.ICU, 0);
        CareRun.run(2 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), ResponseEvents.NONE);
            assertThrows(IllegalStateException.class, () -> deterioration.stop(patient, 0));
            deterioration.start(patient, 0);
            assertThrows(IllegalStateException.class, () -> deterioration.start(patient, 0));
            sim.events().at(4000, t -> assertThrows(IllegalStateException.class,
                    () -> deterioration.stop(patient, t)));
        });
        assertTrue(patient.isDead());
    }
}
