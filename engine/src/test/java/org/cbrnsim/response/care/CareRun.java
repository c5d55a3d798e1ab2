package org.cbrnsim.response.care;

import java.time.OffsetDateTime;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.SimulationClock;
import org.cbrnsim.sim.SimulationModel;

/** Runs a model on a bare simulation for the care tests. */
final class CareRun {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40+02:00");
    static final CareSite SCENE = CareSite.at("scene");

    private CareRun() {
    }

    /** Runs {@code model} to {@code endS} (a whole number of minutes) with seed 1. */
    static ExerciseSimulation run(double endS, SimulationModel model) {
        ExerciseSimulation sim = new ExerciseSimulation(1, new SimulationClock(T0, 60, endS), model);
        sim.run();
        return sim;
    }

    /** An uncontaminated patient hurt at the origin. */
    static Patient patient(int index, HealthState severity, double injuredS) {
        return new Patient(index, "UA", new LocalPoint(0, 0), severity, injuredS, false, SCENE);
    }
}
