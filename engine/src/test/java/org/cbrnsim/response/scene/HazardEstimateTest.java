package org.cbrnsim.response.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.response.units.TestWorld;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

/** Command's estimate: the forecast at size-up, then readings, re-published only on a change of 10 % or more. */
class HazardEstimateTest {

    private static final AgencySpec SES = TestWorld.agency("ses", AgencyKind.FIRE, "UA",
            TestWorld.unit("cmd", UnitType.COMMAND, "station-a", 1, 0),
            TestWorld.unit("det", UnitType.DETECTION, "station-b", 1, 0));
    private static final ForecastDistance FORECAST = tier -> new double[] {0, 5000, 2000, 800}[tier];

    /** Readings: tier 1 at 4 000 m, tier 3 at 900 m; tier 2 at 1 500 m, 1 600 m from 1 900 s, 2 000 m from 2 500 s. */
    private static final ObservedDistance READINGS = (tier, tS) -> switch (tier) {
        case 1 -> 4000;
        case 2 -> tS < 1900 ? 1500 : tS < 2500 ? 1600 : 2000;
        default -> 900;
    };

    /**
     * Command arrives at 368 s: the forecast at 368 + 300 = 668 s. The detection unit arrives at 752 s: readings at
     * 752 + 600 = 1 352 s replace all three tiers; the round at 1 952 s sees tier 2 at 1 600 m, 6.7 % off, and keeps
     * 1 500 m; the round at 2 552 s sees 2 000 m, 25 % off, and adopts it; later rounds (3 152, 3 752 s) see nothing new.
     */
    @Test
    void forecastAtSizeUpThenReadingsThatChangeEnough() {
        HazardEstimate[] estimate = new HazardEstimate[1];
        SceneRun run = SceneRun.run(3960, List.of(SES), (r, sim) -> {
            estimate[0] = new HazardEstimate(TestWorld.INCIDENT, SceneRun.SCENE, FORECAST, READINGS, sim.events(),
                    r.events);
            r.dispatcher.send(r.fleet.get("cmd"), "plant");
            r.dispatcher.send(r.fleet.get("det"), "plant");
            return estimate[0]::unitArrived;
        });
        assertEquals(List.of(
                "estimate@668 cmd tier 1 5000 m forecast",
                "estimate@668 cmd tier 2 2000 m forecast",
                "estimate@668 cmd tier 3 800 m forecast",
                "estimate@1352 det tier 1 4000 m readings",
                "estimate@1352 det tier 2 1500 m readings",
                "estimate@1352 det tier 3 900 m readings",
                "estimate@2552 det tier 2 2000 m readings"), run.events.starting("estimate"));
        assertEquals(2000, estimate[0].radiusM(2));
        assertTrue(estimate[0].fromReadings());
    }

    /** With size-up slower than detection, the readings come first and the forecast is never taken. */
    @Test
    void readingsBeforeSizeUpWin() {
        ResponseParameters.Scene slowSizeUp = new ResponseParameters.Scene(900, 600, 300, 1800, 3, 2, 100);
        HazardEstimate[] estimate = new HazardEstimate[1];
        SceneRun run = SceneRun.run(1500, List.of(TestWorld.agency("ses", AgencyKind.FIRE, "UA",
                TestWorld.unit("det", UnitType.DETECTION, "station-a", 1, 0))), (r, sim) -> {
                    estimate[0] = new HazardEstimate(TestWorld.INCIDENT, slowSizeUp, FORECAST, READINGS, sim.events(),
                            r.events);
                    r.dispatcher.send(r.fleet.get("det"), "plant");
                    return estimate[0]::unitArrived;
                });
        assertEquals(List.of("estimate@668 det tier 1 4000 m readings", "estimate@668 det tier 2 1500 m readings",
                "estimate@668 det tier 3 900 m readings"), run.events.starting("estimate"));
    }

    /** The detection unit leaves at 2 000 s: the round due at 2 552 s finds no one to take it, and none follow. */
    @Test
    void readingsStopWhenNoDetectionUnitIsOnScene() {
        HazardEstimate[] estimate = new HazardEstimate[1];
        SceneRun run = SceneRun.run(3960, List.of(SES), (r, sim) -> {
            estimate[0] = new HazardEstimate(TestWorld.INCIDENT, SceneRun.SCENE, FORECAST, READINGS, sim.events(),
                    r.events);
            r.dispatcher.send(r.fleet.get("det"), "plant");
            sim.events().at(2000, t -> r.dispatcher.returnToStation(r.fleet.get("det")));
            return estimate[0]::unitArrived;
        });
        assertFalse(run.events.lines().stream().anyMatch(line -> line.startsWith("estimate@2552")));
        assertEquals(1500, estimate[0].radiusM(2));
    }
}
