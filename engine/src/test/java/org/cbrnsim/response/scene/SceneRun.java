package org.cbrnsim.response.scene;

import java.util.List;
import org.cbrnsim.response.units.Dispatcher;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.RecordingEvents;
import org.cbrnsim.response.units.TestWorld;
import org.cbrnsim.response.units.UnitArrival;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.ExerciseSimulation;

/**
 * A run of {@link TestWorld} for the scene tests: the units of {@code agencies}, a dispatcher whose arrivals go to
 * the scene mechanics the test builds, and the events recorded. Units sent at T0 from station A arrive at
 * 80 + 288 = 368 s, from station B at 80 + 672 = 752 s (fire turnout; police and command too).
 */
final class SceneRun {

    /** Size-up 300 s, cordon 600 s, detection 600 s, air 1 800 s, hot tier 3, warm tier 2, hot radius ≥ 100 m. */
    static final ResponseParameters.Scene SCENE = ResponseParameters.defaults().scene();

    final RecordingEvents events = new RecordingEvents();
    Fleet fleet;
    Dispatcher dispatcher;
    ExerciseSimulation simulation;

    /** What a test builds at T0 with the run's fleet and scheduler; returns who hears of arrivals. */
    @FunctionalInterface
    interface Build {
        UnitArrival build(SceneRun run, ExerciseSimulation simulation);
    }

    static SceneRun run(double endS, List<AgencySpec> agencies, Build build) {
        SceneRun run = new SceneRun();
        run.simulation = TestWorld.run(endS, sim -> {
            run.fleet = new Fleet(agencies, TestWorld.PLACES, run.events);
            UnitArrival[] arrivals = {UnitArrival.NONE};
            run.dispatcher = new Dispatcher(TestWorld.INCIDENT, run.fleet, TestWorld.ROADS, TestWorld.ALARM,
                    sim.events(), run.events, (unit, placeId, tS) -> arrivals[0].arrived(unit, placeId, tS));
            arrivals[0] = build.build(run, sim);
        });
        return run;
    }
}
