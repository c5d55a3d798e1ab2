package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

/** Two hospitals on a line: "near" 1 km east of the scene, "far" 5 km east; travel at 10 m/s. */
class HospitalNetworkTest {

    private static final ResponseParameters.Hospitals HOSPITALS = ResponseParameters.defaults().hospitals();
    private static final TravelTime TEN_M_PER_S = (from, to) -> from.distanceToM(to) / 10;

    private static ResponseParameters.Hospitals selfReferral(double share) {
        ResponseParameters.Hospitals h = HOSPITALS;
        return new ResponseParameters.Hospitals(h.edTimeS(), h.minorObservationS(), h.contingencySurgeShare(),
                h.earlyDischargeShare(), h.earlyDischargeS(), share, h.defaultOccupancy());
    }

    private record Town(Deterioration clocks, Hospital near, Hospital far, HospitalNetwork network) {
    }

    /** near: 10 beds all taken, 1 ICU bed; far: 100 beds half taken, 10 ICU beds. */
    private static Town town(ExerciseSimulation sim, EventTape tape) {
        Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(), tape);
        Hospital near = new Hospital(new HospitalSpec("near", 10, 2, 1, 1.0, ""), "JO", new LocalPoint(1000, 0),
                HOSPITALS, clocks, sim.events(), tape);
        Hospital far = new Hospital(new HospitalSpec("far", 100, 10, 10, 0.5, ""), "JO", new LocalPoint(5000, 0),
                HOSPITALS, clocks, sim.events(), tape);
        return new Town(clocks, near, far, new HospitalNetwork(List.of(near, far), TEN_M_PER_S, tape));
    }

    private static Patient hurt(Town town, int index, HealthState severity, boolean contaminated) {
        Patient p = new Patient(index, "JO", new LocalPoint(0, 0), severity, 0, contaminated, CareRun.SCENE);
        town.clocks().start(p, 0);
        return p;
    }

    @Test
    void aPatientGoesToTheNearestHospitalWithRoomForItsCondition() {
        CareRun.run(600, sim -> {
            Town town = town(sim, new EventTape());
            LocalPoint scene = new LocalPoint(0, 0);
            assertEquals("near", town.network().choose(hurt(town, 1, HealthState.SOUGHT_CARE, false), scene, 0)
                    .orElseThrow().id(), "minor: the nearest, which always takes it");
            assertEquals("near", town.network().choose(hurt(town, 2, HealthState.ADMITTED, false), scene, 0)
                    .orElseThrow().id(), "near is full at conventional but has contingency beds");
            assertEquals("far", town.network().choose(hurt(town, 3, HealthState.ICU, false), scene, 0)
                    .orElseThrow().id(), "near's ICU bed is taken: far has ICU beds");
            assertEquals("far", town.network().choose(hurt(town, 4, HealthState.ADMITTED, false),
                    new LocalPoint(6000, 0), 0).orElseThrow().id(), "nearest from the other side");
        });
    }

    /** near (10 beds, all taken) has 1 contingency bed (floor(0.18 × 10)); the second patient is diverted. */
    @Test
    void aHospitalBeyondItsCrisisCapacityDivertsToTheNextWithRoom() {
        EventTape tape = new EventTape();
        CareRun.run(600, sim -> {
            Town town = town(sim, tape);
            HospitalNetwork.Delivery first = town.network().deliver(hurt(town, 1, HealthState.ADMITTED, false),
                    town.near(), 60);
            assertTrue(first.admitted());
            assertEquals("near", first.hospital().id());
            HospitalNetwork.Delivery second = town.network().deliver(hurt(town, 2, HealthState.ADMITTED, false),
                    town.near(), 120);
            assertFalse(second.admitted());
            assertEquals("far", second.hospital().id());
        });
        assertEquals(List.of("60.0 tier near contingency 10", "60.0 admitted p1 delayed to near ward",
                "120.0 tier near crisis 11", "120.0 diverted p2 from near to 'far'"), tape.lines);
    }

    @Test
    void withNowhereLeftTheDiversionNamesNoHospital() {
        EventTape tape = new EventTape();
        CareRun.run(600, sim -> {
            Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(), tape);
            Hospital only = new Hospital(new HospitalSpec("only", 5, 1, 0, 1.0, ""), "JO", new LocalPoint(0, 0),
                    HOSPITALS, clocks, sim.events(), tape);
            HospitalNetwork network = new HospitalNetwork(List.of(only), TEN_M_PER_S, tape);
            Patient p = new Patient(1, "JO", new LocalPoint(0, 0), HealthState.ADMITTED, 0, false, CareRun.SCENE);
            clocks.start(p, 0);
            HospitalNetwork.Delivery delivery = network.deliver(p, only, 0);
            assertFalse(delivery.admitted());
            assertNull(delivery.hospital());
        });
        assertEquals(List.of("0.0 tier only contingency 5", "0.0 tier only crisis 5",
                "0.0 diverted p1 from only to ''"), tape.lines);
    }

    /** Everybody who walks self-refers (share 1): to near, 100 s away at 10 m/s, undecontaminated. */
    @Test
    void walkingCasualtiesWhoSelfReferReachTheNearestHospitalUndecontaminated() {
        EventTape tape = new EventTape();
        boolean[] went = new boolean[3];
        CareRun.run(1200, sim -> {
            Town town = town(sim, tape);
            SelfReferral self = new SelfReferral(selfReferral(1), new MersenneTwisterFast(1), town.network(),
                    TEN_M_PER_S, sim.events());
            went[0] = self.consider(hurt(town, 1, HealthState.SOUGHT_CARE, true), 0);
            went[1] = self.consider(hurt(town, 2, HealthState.ICU, true), 0);
            Patient clean = hurt(town, 3, HealthState.SOUGHT_CARE, true);
            clean.decontaminated(0);
            went[2] = self.consider(clean, 0);
        });
        assertTrue(went[0]);
        assertFalse(went[1], "a stretcher case does not walk to hospital");
        assertEquals(List.of("100.0 admitted p1 minor to near ed undecontaminated",
                "100.0 admitted p3 minor to near ed"), tape.lines);
    }

    /** A walking delayed patient finds near full beyond crisis and goes on to far: 400 s more. */
    @Test
    void aSelfReferralTurnedAwayGoesOnByItself() {
        EventTape tape = new EventTape();
        CareRun.run(1200, sim -> {
            Town town = town(sim, tape);
            town.network().deliver(hurt(town, 1, HealthState.ADMITTED, false), town.near(), 0);
            SelfReferral self = new SelfReferral(selfReferral(1), new MersenneTwisterFast(1), town.network(),
                    TEN_M_PER_S, sim.events());
            assertTrue(self.consider(hurt(town, 2, HealthState.ADMITTED, true), 0));
        });
        assertEquals(List.of("100.0 diverted p2 from near to 'far'",
                "500.0 admitted p2 delayed to far ward undecontaminated"),
                tape.lines.stream().filter(l -> l.contains("p2")).toList());
    }

    @Test
    void aShareOfTheWalkingCasualtiesSelfRefers() {
        int[] went = new int[1];
        CareRun.run(60, sim -> {
            Town town = town(sim, new EventTape());
            SelfReferral self = new SelfReferral(selfReferral(0.3), sim.random("response.self-referral"),
                    town.network(), TEN_M_PER_S, sim.events());
            for (int i = 0; i < 10_000; i++) {
                if (self.consider(hurt(town, i, HealthState.SOUGHT_CARE, true), 0)) {
                    went[0]++;
                }
            }
        });
        // binomial(10 000, 0.3): standard deviation 46
        assertEquals(3000, went[0], 200);
    }
}
