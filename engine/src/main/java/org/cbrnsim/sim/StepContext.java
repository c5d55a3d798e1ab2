package org.cbrnsim.sim;

import ec.util.MersenneTwisterFast;
import org.cbrnsim.record.SimEvent;

/**
 * What a {@link PhaseHandler} gets: the simulation, the phase, the step index k and its time t = k·Δt.
 * Step k brings the world from the previous step's time to t (step 0 sets up the state at T0); events due
 * at or before t have run already.
 *
 * @param simulation the running simulation
 * @param phase      the phase being run
 * @param step       step index k, 0 … {@link SimulationClock#lastStep()}
 * @param timeS      step time t = k·Δt (s after T0)
 */
public record StepContext(ExerciseSimulation simulation, Phase phase, long step, double timeS) {

    /** Step length Δt (s). */
    public double stepS() {
        return simulation.clock().stepS();
    }

    /** The named random stream {@code name} of this run. */
    public MersenneTwisterFast random(String name) {
        return simulation.random(name);
    }

    /** The scheduler for exact-time events. */
    public EventScheduler events() {
        return simulation.events();
    }

    /** Adds {@code event} to the run's event log. */
    public void record(SimEvent event) {
        simulation.eventLog().record(event);
    }
}
