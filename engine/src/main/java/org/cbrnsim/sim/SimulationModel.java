package org.cbrnsim.sim;

import java.io.Serializable;

/**
 * The model run by an {@link ExerciseSimulation}: builds its state afresh and registers its phase handlers,
 * metrics and first events each time the simulation starts, so a restart gives the same run
 * (code-anchors.md §3d pitfall 5: state built in field initialisers survives a restart).
 */
@FunctionalInterface
public interface SimulationModel extends Serializable {

    /**
     * Builds the model state for a new run and registers with {@code simulation}:
     * {@link ExerciseSimulation#onPhase}, {@link ExerciseSimulation#addMetric}, and events through
     * {@link ExerciseSimulation#events()}. Draw randomness only from {@link ExerciseSimulation#random(String)}.
     */
    void build(ExerciseSimulation simulation);
}
