package org.cbrnsim.sim;

/**
 * The fixed pipeline of one simulation step. At every step time the phases run in this order (declaration
 * order), each as one MASON steppable whose ordering is {@link #masonOrdering()}; exact-time events due at
 * the same time run before all phases ({@link EventScheduler#MASON_ORDERING}). After code-anchors.md §2
 * practice 9 (JuPedSim's {@code Simulation::Iterate}).
 */
public enum Phase {
    /** Wind, stability and mixing height for this step. */
    WEATHER,
    /** Sources and the concentration field. */
    HAZARD,
    /** Detection, warnings and their spread. */
    WARNING,
    /** Decisions of residents and agents (shelter, evacuate, dispatch). */
    BEHAVIOUR,
    /** Travel of people and units. */
    MOVEMENT,
    /** Indoor air and the dose or toxic load each person takes in. */
    EXPOSURE,
    /** Health states from the exposure (thresholds, probits). */
    HEALTH,
    /** Metrics and first-time events; the time-series row is taken after this phase. */
    RECORD;

    /** The MASON ordering of this phase: its position in the pipeline (0 for WEATHER … 7 for RECORD). */
    public int masonOrdering() {
        return ordinal();
    }
}
