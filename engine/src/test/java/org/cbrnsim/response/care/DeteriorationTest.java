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

/** Deterioration on START's tolerable delay (1 h delayed) and the assumed 1 h to death; minor patients do not worsen. */
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
        assertEquals(3600, TRIAGE.delayedToImmediateS());
        assertEquals(3600, TRIAGE.immediateToDeadS());
    }

    @Test
    void anUntreatedDelayedPatientWorsensOnTheStatedScheduleAndDiesTwoHoursAfterInjury() {
        EventTape tape = new EventTape();
        Ward ccp = new Ward(false);
        Patient patient = CareRun.patient(7, HealthState.ADMITTED, 100);
        double[] timeToDeathS = new double[2];
        CareRun.run(8 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            patient.moveTo(ccp);
            sim.events().at(100, t -> {
                deterioration.start(patient, t);
                timeToDeathS[0] = deterioration.timeToDeathS(patient, t);
            });
            sim.events().at(5000, t -> timeToDeathS[1] = deterioration.timeToDeathS(patient, t));
        });
        // 100 + 1 h = 3 700 s immediate; + 1 h = 7 300 s dead.
        assertEquals(List.of("3700.0 immediate", "7300.0 deceased"), ccp.heard);
        assertEquals(List.of("7300.0 died p7 at ccp"), tape.lines);
        assertEquals(7300.0, patient.diedS());
        assertEquals(7200.0, timeToDeathS[0], "2 h left at injury");
        assertEquals(2300.0, timeToDeathS[1], "immediate since 3 700 s, dead at 7 300 s");
        assertFalse(patient.ambulatory(), "a dead patient does not walk");
    }

    @Test
    void aMinorPatientDoesNotWorsenByWaitingButTheExposureCanWorsenOrKillIt() {
        EventTape tape = new EventTape();
        Ward ccp = new Ward(false);
        Patient waiting = CareRun.patient(1, HealthState.SOUGHT_CARE, 0);
        Patient worsened = CareRun.patient(2, HealthState.SOUGHT_CARE, 0);
        Patient killed = CareRun.patient(3, HealthState.SOUGHT_CARE, 0);
        double[] timeToDeathS = new double[1];
        CareRun.run(24 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            for (Patient p : List.of(waiting, worsened, killed)) {
                p.moveTo(ccp);
                deterioration.start(p, 0);
            }
            timeToDeathS[0] = deterioration.timeToDeathS(waiting, 0);
            sim.events().at(600, t -> deterioration.exposureWorsened(worsened, TriageCategory.IMMEDIATE, t));
            sim.events().at(900, t -> deterioration.diedOfExposure(killed, t));
        });
        assertEquals(TriageCategory.MINOR, waiting.condition(), "still minor after 24 h");
        assertFalse(waiting.underTreatment(), "waiting is not treatment");
        assertEquals(Double.POSITIVE_INFINITY, timeToDeathS[0]);
        // worsened to immediate at 600 s: dead 1 h later.
        assertEquals(List.of("600.0 immediate", "900.0 deceased", "4200.0 deceased"), ccp.heard);
        assertEquals(List.of("900.0 died p3 at ccp", "4200.0 died p2 at ccp"), tape.lines);
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
        Patient patient = CareRun.patient(1, HealthState.ADMITTED, 0);
        patient.moveTo(ccp);
        CareRun.run(8 * 3600, sim -> {
            Deterioration deterioration = new Deterioration(TRIAGE, sim.events(), tape);
            deterioration.start(patient, 0);
            sim.events().at(1000, t -> deterioration.stop(patient, t));
            sim.events().at(8000, t -> deterioration.resume(patient, t));
        });
        // 1 000 s of the 3 600 s stage spent; 2 600 s left from 8 000 s: immediate at 10 600 s, dead 1 h later.
        assertEquals(List.of("10600.0 immediate", "14200.0 deceased"), ccp.heard);
        assertEquals(1000.0, patient.treatmentStartedS(), "treatment began once, at its first stop");
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
