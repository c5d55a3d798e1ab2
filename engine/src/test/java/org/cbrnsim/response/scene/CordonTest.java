package org.cbrnsim.response.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.units.TestWorld;
import org.cbrnsim.response.units.UnitArrival;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

/** The cordon: when it stands, its zones, its smallest hot zone, and how it widens and never shrinks. */
class CordonTest {

    private static final LocalPoint SOURCE = new LocalPoint(0, 0);

    /** Command at A (size-up at 668 s), police at B: on scene 752 s, the cordon stands at 752 + 600 = 1 352 s. */
    private static final AgencySpec UNITS = TestWorld.agency("ses", AgencyKind.FIRE, "UA",
            TestWorld.unit("cmd", UnitType.COMMAND, "station-a", 1, 0),
            TestWorld.unit("police", UnitType.POLICE, "station-b", 1, 0),
            TestWorld.unit("det", UnitType.DETECTION, "station-b", 1, 0));

    private static SceneRun run(double endS, ForecastDistance forecast, ObservedDistance observed, Cordon[] cordon,
                                List<String> probes, String... sent) {
        return SceneRun.run(endS, List.of(UNITS), (r, sim) -> {
            HazardEstimate estimate = new HazardEstimate(TestWorld.INCIDENT, SceneRun.SCENE, forecast, observed,
                    sim.events(), r.events);
            cordon[0] = new Cordon(TestWorld.INCIDENT, SOURCE, SceneRun.SCENE, estimate, sim.events(), r.events);
            for (String id : sent) {
                r.dispatcher.send(r.fleet.get(id), "plant");
            }
            sim.events().at(1300, t -> probes.add("1300 " + cordon[0].stands() + " " + cordon[0].zoneOf(0, 0)));
            return ((UnitArrival) estimate::unitArrived).andThen(cordon[0]::unitArrived);
        });
    }

    /** Forecast: hot tier 800 m, warm tier 2 000 m; zones by distance from the source, boundaries inside. */
    @Test
    void itStandsAfterSetUpWithZonesFromTheEstimate() {
        Cordon[] cordon = new Cordon[1];
        List<String> probes = new ArrayList<>();
        SceneRun run = run(1800, tier -> new double[] {0, 5000, 2000, 800}[tier], (tier, t) -> 0, cordon, probes,
                "cmd", "police");
        assertEquals(List.of("cordon@1352 police hot 800 warm 2000"), run.events.starting("cordon"));
        assertEquals(List.of("1300 false COLD"), probes, "no zones before it stands");
        assertEquals(1352, cordon[0].setS().orElseThrow());
        assertEquals(Zone.HOT, cordon[0].zoneOf(0, 0));
        assertEquals(Zone.HOT, cordon[0].zoneOf(0, -800));
        assertEquals(Zone.WARM, cordon[0].zoneOf(600, 600));
        assertEquals(Zone.WARM, cordon[0].zoneOf(2000, 0));
        assertEquals(Zone.COLD, cordon[0].zoneOf(1500, 1500));
    }

    /** A forecast hot zone of 40 m is widened to the 100-m minimum; the warm zone is at least as wide as the hot. */
    @Test
    void theHotZoneHasItsSmallestRadius() {
        Cordon[] cordon = new Cordon[1];
        run(1800, tier -> new double[] {0, 90, 60, 40}[tier], (tier, t) -> 0, cordon, new ArrayList<>(), "cmd", "police");
        assertEquals(100, cordon[0].hotRadiusM());
        assertEquals(100, cordon[0].warmRadiusM());
    }

    /**
     * The detection unit (on scene 752 s) reads at 1 352 s a warm tier of 3 000 m and a hot tier of 500 m: the
     * cordon, standing at 1 352 s on the forecast (800/2 000 m), widens its warm zone at 1 352 + 600 = 1 952 s and
     * keeps its 800-m hot zone. At 2 552 s readings fall to 1 000 m: it does not shrink.
     */
    @Test
    void itWidensWhenTheEstimateGrowsAndNeverShrinks() {
        Cordon[] cordon = new Cordon[1];
        SceneRun run = run(3600, tier -> new double[] {0, 5000, 2000, 800}[tier],
                (tier, t) -> tier == 3 ? 500 : t < 2500 ? 3000 : 1000, cordon, new ArrayList<>(), "cmd", "police", "det");
        assertEquals(List.of("cordon@1352 police hot 800 warm 2000", "cordon@1952 police hot 800 warm 3000"),
                run.events.starting("cordon"));
        assertEquals(Zone.WARM, cordon[0].zoneOf(2500, 0));
    }

    /**
     * With a 900-s size-up, the police (on scene 368 s) are ready at 368 + 600 = 968 s, before the estimate their own
     * arrival starts (368 + 900 = 1 268 s): the cordon stands then.
     */
    @Test
    void withoutAnEstimateItWaitsForOne() {
        ResponseParameters.Scene slowSizeUp = new ResponseParameters.Scene(900, 600, 600, 1800, 3, 2, 100);
        AgencySpec police = TestWorld.agency("police", AgencyKind.POLICE, "UA",
                TestWorld.unit("police", UnitType.POLICE, "station-a", 1, 0));
        Cordon[] cordon = new Cordon[1];
        SceneRun run = SceneRun.run(1800, List.of(police), (r, sim) -> {
            HazardEstimate estimate = new HazardEstimate(TestWorld.INCIDENT, slowSizeUp,
                    tier -> new double[] {0, 5000, 2000, 800}[tier], (tier, t) -> 0, sim.events(), r.events);
            cordon[0] = new Cordon(TestWorld.INCIDENT, SOURCE, slowSizeUp, estimate, sim.events(), r.events);
            r.dispatcher.send(r.fleet.get("police"), "plant");
            return ((UnitArrival) estimate::unitArrived).andThen(cordon[0]::unitArrived);
        });
        assertEquals(List.of("cordon@1268 police hot 800 warm 2000"), run.events.starting("cordon"));
        assertTrue(cordon[0].stands());
    }

    /** Without a traffic-control unit on scene there is no cordon. */
    @Test
    void noTrafficControlNoCordon() {
        Cordon[] cordon = new Cordon[1];
        SceneRun run = run(1800, tier -> 1000, (tier, t) -> 0, cordon, new ArrayList<>(), "cmd");
        assertFalse(cordon[0].stands());
        assertEquals(List.of(), run.events.starting("cordon"));
    }
}
