package org.cbrnsim.population;

/** The quantities {@link PopulationCounts} holds per country and in total, in agents. */
public enum PopulationMetric {
    /** Received a warning (official or cloud cue) by now, dead or alive. */
    WARNED("warned"),
    /** Alive, decided to shelter and indoors. */
    SHELTERED("sheltered"),
    /** Alive and on the way to an evacuation destination. */
    EVACUATING("evacuating"),
    /** Arrived at an evacuation destination. */
    EVACUATED("evacuated"),
    /** Exceeded AEGL-1 (or a higher tier) at some time, dead or alive. */
    ABOVE_AEGL1("above_aegl1"),
    /** Exceeded AEGL-2 (or AEGL-3) at some time, dead or alive. */
    ABOVE_AEGL2("above_aegl2"),
    /** Exceeded AEGL-3 at some time, dead or alive. */
    ABOVE_AEGL3("above_aegl3"),
    /**
     * Sought care and went home (worst state so far: symptoms, not admitted), plus the worried well; each
     * person counted once, in their worst state ({@link HealthState}), so the four outcome columns add up.
     */
    SOUGHT_CARE("sought_care"),
    /** Attendees without symptoms (the worried well), already included in {@link #SOUGHT_CARE}; they never leave it. */
    WORRIED_WELL("worried_well"),
    /** Admitted to hospital, worst state so far (not intensive care, not dead). */
    ADMITTED("admitted"),
    /** Needed intensive care, worst state so far (alive). */
    ICU("icu"),
    /** Dead. */
    DEAD("dead");

    private final String column;

    PopulationMetric(String column) {
        this.column = column;
    }

    /** The column name for timeseries.csv, e.g. "above_aegl2". */
    public String column() {
        return column;
    }
}
