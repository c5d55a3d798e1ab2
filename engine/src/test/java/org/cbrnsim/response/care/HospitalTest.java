package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.TriageSystem;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

class HospitalTest {

    private static final ResponseParameters.Hospitals HOSPITALS = ResponseParameters.defaults().hospitals();
    private static final ResponseParameters.Triage TRIAGE = ResponseParameters.defaults().triage();

    /** Deterioration slow enough that nobody dies in the bed-counting tests. */
    private static final ResponseParameters.Triage SLOW = new ResponseParameters.Triage(TriageSystem.START, 60,
            100 * 3600, 100 * 3600, 1800);

    private static Hospital hospital(ExerciseSimulation sim, HospitalSpec spec, Deterioration deterioration,
                                     EventTape tape) {
        return new Hospital(spec, "JO", new LocalPoint(0, 0), HOSPITALS, deterioration, sim.events(), tape);
    }

    private static Patient arrived(Deterioration clocks, int index, HealthState severity, double tS) {
        Patient p = CareRun.patient(index, severity, tS);
        clocks.start(p, tS);
        return p;
    }

    /**
     * 100 beds at 80 %: 80 baseline, 20 free (conventional); contingency adds floor(0.18 × 100) = 18; crisis adds
     * 44 % of the 72 baseline ward patients (80 − 8 in ICU) = 31.68 beds over 24 h.
     */
    @Test
    void bedsFillThroughTheTiersAndAHospitalBeyondCrisisRefuses() {
        EventTape tape = new EventTape();
        List<String> checks = new ArrayList<>();
        CareRun.run(24 * 3600, sim -> {
            Deterioration clocks = new Deterioration(SLOW, sim.events(), tape);
            Hospital h = hospital(sim, new HospitalSpec("aqaba-hospital", 100, 400, 10, 0.8, ""), clocks, tape);
            assertEquals(80, h.occupiedBeds());
            assertEquals(100, h.conventionalBeds());
            assertEquals(118, h.contingencyBeds());
            int index = 0;
            for (int i = 0; i < 20; i++) {
                assertTrue(h.admit(arrived(clocks, index++, HealthState.ADMITTED, 0), 0));
            }
            assertEquals(SurgeTier.CONVENTIONAL, h.tier());
            for (int i = 0; i < 18; i++) {
                assertTrue(h.admit(arrived(clocks, index++, HealthState.ADMITTED, 0), 0));
            }
            assertEquals(SurgeTier.CONTINGENCY, h.tier());
            Patient refused = arrived(clocks, index++, HealthState.ADMITTED, 0);
            assertFalse(h.hasRoomFor(refused, 0));
            assertFalse(h.admit(refused, 0), "contingency full; crisis declared, no discharge yet");
            assertEquals(SurgeTier.CRISIS, h.tier());
            assertTrue(h.admit(arrived(clocks, index++, HealthState.SOUGHT_CARE, 0), 0), "minor: observed");
            int first = index;
            sim.events().at(12 * 3600, t -> {
                // floor(31.68 × 12/24) = 15 beds freed by early discharge
                assertEquals(133, h.crisisBeds(t));
                int taken = 0;
                for (int i = 0; i < 20; i++) {
                    if (h.admit(arrived(clocks, first + i, HealthState.ADMITTED, t), t)) {
                        taken++;
                    }
                }
                checks.add("taken at 12 h: " + taken);
                checks.add("occupied " + h.occupiedBeds() + ", peak " + h.peakOccupiedBeds());
            });
            sim.events().at(24 * 3600, t -> checks.add("crisis line at 24 h: " + h.crisisBeds(t)));
        });
        assertEquals(List.of("taken at 12 h: 15", "occupied 133, peak 133", "crisis line at 24 h: 149"), checks);
        assertEquals(List.of("0.0 tier aqaba-hospital contingency 100", "0.0 tier aqaba-hospital crisis 118"),
                tape.of("tier"));
    }

    @Test
    void edSpacesTakeTwoAndAHalfHoursEachAndTreatmentBeginsInThem() {
        List<Patient> patients = new ArrayList<>();
        int[] ed = new int[3];
        CareRun.run(12 * 3600, sim -> {
            Deterioration clocks = new Deterioration(SLOW, sim.events(), new EventTape());
            Hospital h = hospital(sim, new HospitalSpec("h", 100, 2, 10, 0.5, ""), clocks, new EventTape());
            for (int i = 0; i < 5; i++) {
                Patient p = arrived(clocks, i, HealthState.ADMITTED, 0);
                patients.add(p);
                h.admit(p, 0);
            }
            ed[0] = h.edWaiting();
            sim.events().at(3 * 3600, t -> {
                ed[1] = h.edOccupied();
                ed[2] = h.edWaiting();
            });
        });
        assertEquals(List.of(0.0, 0.0, 9000.0, 9000.0, 18000.0),
                patients.stream().map(Patient::treatmentStartedS).toList(), "2 spaces, 2.5 h each");
        assertEquals(3, ed[0]);
        assertEquals(2, ed[1]);
        assertEquals(1, ed[2]);
    }

    @Test
    void aMinorPatientIsObservedForSixHoursOutsideTheEdAndSentHome() {
        EventTape tape = new EventTape();
        int[] seen = new int[4];
        Patient minor = CareRun.patient(4, HealthState.SOUGHT_CARE, 0);
        CareRun.run(8 * 3600, sim -> {
            Deterioration clocks = new Deterioration(TRIAGE, sim.events(), tape);
            Hospital h = hospital(sim, new HospitalSpec("h", 10, 1, 1, 1.0, ""), clocks, tape);
            clocks.start(minor, 0);
            minor.moveTo(CareSite.at("road"));
            sim.events().at(600, t -> {
                assertTrue(h.admit(minor, t), "full hospital, but observation takes no bed");
                seen[0] = h.underObservation();
                seen[1] = h.edOccupied();
                seen[2] = h.occupiedBeds();
            });
            sim.events().at(601 + 6 * 3600, t -> seen[3] = h.underObservation());
        });
        assertEquals(List.of("600.0 admitted p4 minor to h ed"), tape.lines);
        assertEquals(List.of(1, 0, 10, 0), List.of(seen[0], seen[1], seen[2], seen[3]));
        assertEquals("home", minor.site().placeId());
        assertTrue(minor.underTreatment() && minor.condition() == TriageCategory.MINOR);
    }

    /**
     * 2 ICU beds at 50 %: 1 free, no surge ICU bed (floor(0.18 × 2) = 0). A takes it; B gets a ward bed (crisis
     * care), is stabilised in the ED from 0 to 9 000 s and then worsens again with the 3 600 s it had left:
     * dies at 12 600 s in hospital. C, admitted delayed, is unharmed.
     */
    @Test
    void aPatientWhoNeedsIntensiveCareAndGetsNoIcuBedDiesInHospital() {
        EventTape tape = new EventTape();
        CareRun.run(6 * 3600, sim -> {
            Deterioration clocks = new Deterioration(TRIAGE, sim.events(), tape);
            Hospital h = hospital(sim, new HospitalSpec("h", 50, 5, 2, 0.5, ""), clocks, tape);
            assertTrue(h.hasIcuBedFor(0));
            assertTrue(h.admit(arrived(clocks, 1, HealthState.ICU, 0), 0));
            assertFalse(h.hasIcuBedFor(0));
            assertTrue(h.admit(arrived(clocks, 2, HealthState.ICU, 0), 0));
            assertTrue(h.admit(arrived(clocks, 3, HealthState.ADMITTED, 0), 0));
            assertEquals(1, h.waitingForIcu());
        });
        assertEquals(List.of("0.0 admitted p1 immediate to h icu", "0.0 tier h contingency 26",
                "0.0 tier h crisis 26", "0.0 admitted p2 immediate to h ward", "0.0 admitted p3 delayed to h ward",
                "12600.0 died p2 at h in hospital"), tape.lines);
    }

    /**
     * One ED space, held by X (delayed) from 0 to 9 000 s; 2 ICU beds at 50 %: 1 free, no surge. A (immediate,
     * hurt at 0) books it and waits for the ED; B (immediate, hurt at 1 800 s) gets a ward bed and waits for ICU.
     * A dies waiting at 3 600 s: B takes its ICU bed. B dies waiting at 5 400 s: the ICU bed is free again.
     */
    @Test
    void anIcuBedFreedByADeathGoesToThePatientWaitingForOne() {
        EventTape tape = new EventTape();
        List<String> icu = new ArrayList<>();
        CareRun.run(3 * 3600, sim -> {
            Deterioration clocks = new Deterioration(TRIAGE, sim.events(), tape);
            Hospital h = hospital(sim, new HospitalSpec("h", 50, 1, 2, 0.5, ""), clocks, tape);
            assertTrue(h.admit(arrived(clocks, 0, HealthState.ADMITTED, 0), 0));
            assertTrue(h.admit(arrived(clocks, 1, HealthState.ICU, 0), 0));
            sim.events().at(1800, t -> assertTrue(h.admit(arrived(clocks, 2, HealthState.ICU, t), t)));
            for (double t : new double[] {1801, 3601, 5401}) {
                sim.events().at(t, now -> icu.add(now + ": icu " + h.occupiedIcuBeds() + ", waiting "
                        + h.waitingForIcu() + ", beds " + h.occupiedBeds()));
            }
        });
        assertEquals(List.of("3600.0 died p1 at h in hospital", "5400.0 died p2 at h in hospital"), tape.of("died"));
        assertEquals(List.of("1801.0: icu 2, waiting 1, beds 28", "3601.0: icu 2, waiting 0, beds 27",
                "5401.0: icu 1, waiting 0, beds 26"), icu);
    }

    /**
     * One ED space, held by X from 0 to 9 000 s. E (delayed, treated on scene) and then D (delayed, untreated)
     * wait for it. D becomes immediate at 1 h, goes ahead of E and gets the free ICU bed; it enters the ED at
     * 9 000 s, before it would die at 1 h + 3 h = 14 400 s. Without the re-sort it would wait until 18 000 s.
     */
    @Test
    void aPatientWhoWorsensWaitingForTheEdGoesAheadAndGetsAnIcuBed() {
        ResponseParameters.Triage slowDeath = new ResponseParameters.Triage(TriageSystem.START, 60, 3600,
                3 * 3600, 1800);
        EventTape tape = new EventTape();
        Patient d = CareRun.patient(3, HealthState.ADMITTED, 0);
        int[] icuAt2h = new int[1];
        CareRun.run(6 * 3600, sim -> {
            Deterioration clocks = new Deterioration(slowDeath, sim.events(), tape);
            Hospital h = hospital(sim, new HospitalSpec("h", 50, 1, 2, 0.5, ""), clocks, tape);
            assertTrue(h.admit(arrived(clocks, 1, HealthState.ADMITTED, 0), 0));
            Patient e = arrived(clocks, 2, HealthState.ADMITTED, 0);
            clocks.stop(e, 0);
            assertTrue(h.admit(e, 0));
            clocks.start(d, 0);
            assertTrue(h.admit(d, 0));
            sim.events().at(7200, t -> icuAt2h[0] = h.occupiedIcuBeds());
        });
        assertEquals(List.of(), tape.of("died"));
        assertEquals(9000.0, d.treatmentStartedS());
        assertEquals(TriageCategory.IMMEDIATE, d.condition());
        assertEquals(2, icuAt2h[0], "baseline 1 + D");
    }
}
