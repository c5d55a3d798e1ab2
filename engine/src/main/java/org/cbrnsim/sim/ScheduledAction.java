package org.cbrnsim.sim;

import java.io.Serializable;

/** What a discrete event does when its time comes (serialisable so a simulation can be checkpointed). */
@FunctionalInterface
public interface ScheduledAction extends Serializable {

    /** Runs the event; {@code timeS} is its exact scheduled time (s after T0). */
    void run(double timeS);
}
