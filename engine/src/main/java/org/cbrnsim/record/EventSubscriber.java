package org.cbrnsim.record;

/** Receives each event as it is recorded (live views, counters). */
@FunctionalInterface
public interface EventSubscriber {

    /** Called once per recorded event, in recording order, on the simulation thread. */
    void onEvent(SimEvent event);
}
