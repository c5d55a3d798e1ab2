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
     * Needed care so far, as incident reports count it: everyone whose worst state ({@link HealthState}) is
     * symptoms that send them to care or worse (admitted, intensive care, dead), plus the worried well.
     * The four outcome columns are nested and cumulative (sought care ⊇ admitted ⊇ intensive care ⊇ dead):
     * a count never falls when a person's condition worsens.
     */
    SOUGHT_CARE("sought_care"),
    /** Attendees without symptoms (the worried well), already included in {@link #SOUGHT_CARE}; they never leave it. */
    WORRIED_WELL("worried_well"),
    /** Injured badly enough to be admitted to hospital, or worse (intensive care, dead), so far. */
    ADMITTED("admitted"),
    /** Injured badly enough to need intensive care, or dead, so far. */
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
