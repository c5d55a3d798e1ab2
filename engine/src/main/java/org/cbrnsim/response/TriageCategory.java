package org.cbrnsim.response;

/**
 * A patient's triage category (exercise-and-response.md §4.3 [S116, S117]): START's immediate (red), delayed
 * (yellow), minor (green) and deceased (black); SALT adds expectant (grey).
 */
public enum TriageCategory {
    IMMEDIATE, DELAYED, MINOR, EXPECTANT, DECEASED;

    /** The spelling in events.csv and metric names, e.g. "immediate". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
