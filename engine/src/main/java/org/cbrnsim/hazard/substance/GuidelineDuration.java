package org.cbrnsim.hazard.substance;

/** The exposure durations at which AEGLs are tabulated (dispersion.md §5.1). */
public enum GuidelineDuration {
    MIN_10("10 min", 600.0),
    MIN_30("30 min", 1800.0),
    HOUR_1("1 h", 3600.0),
    HOUR_4("4 h", 14400.0),
    HOUR_8("8 h", 28800.0);

    private final String label;
    private final double seconds;

    GuidelineDuration(String label, double seconds) {
        this.label = label;
        this.seconds = seconds;
    }

    /** The duration as written in the data file, e.g. "30 min". */
    public String label() {
        return label;
    }

    /** The duration in seconds. */
    public double seconds() {
        return seconds;
    }
}
