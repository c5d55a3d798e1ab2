package org.cbrnsim.sim;

import java.io.Serializable;

/** Work done in one {@link Phase} of every step (serialisable so a simulation can be checkpointed). */
@FunctionalInterface
public interface PhaseHandler extends Serializable {

    /** Does this phase's work for the step described by {@code ctx}. */
    void run(StepContext ctx);
}
