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
    /** Alive with a light injury. */
    INJURED_LIGHT("injured_light"),
    /** Alive with a moderate injury. */
    INJURED_MODERATE("injured_moderate"),
    /** Alive with a severe injury. */
    INJURED_SEVERE("injured_severe"),
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
