package org.cbrnsim.hazard.dispersion;

/**
 * Whether a finite release looks continuous or instantaneous from a receptor at downwind distance x,
 * by the Britter &amp; McQuaid (1988) criterion on β = u·T<sub>d</sub>/x (u the wind speed at 10 m, T<sub>d</sub>
 * the release duration): continuous when β ≥ 2.5, instantaneous when β ≤ 0.6, intermediate between
 * (as given in CCPS 1999, §2.3.3 [M: not re-read here]).
 */
public enum BritterMcQuaidReleaseMode {
    CONTINUOUS, INTERMEDIATE, INSTANTANEOUS;

    /** β at or above which the release is treated as continuous. */
    public static final double CONTINUOUS_AT_LEAST = 2.5;

    /** β at or below which the release is treated as instantaneous. */
    public static final double INSTANTANEOUS_AT_MOST = 0.6;

    /**
     * @param windSpeed10mMps wind speed at 10 m (m/s), &gt; 0
     * @param durationS       release duration (s), &gt; 0, may be infinite
     * @param xM              downwind distance (m); at and upwind of the source a release is continuous
     */
    public static BritterMcQuaidReleaseMode at(double windSpeed10mMps, double durationS, double xM) {
        if (!(windSpeed10mMps > 0)) {
            throw new IllegalArgumentException("wind speed at 10 m must be > 0 m/s, got " + windSpeed10mMps);
        }
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("release duration must be > 0 s, got " + durationS);
        }
        if (xM <= 0) {
            return CONTINUOUS;
        }
        double beta = windSpeed10mMps * durationS / xM;
        if (beta >= CONTINUOUS_AT_LEAST) {
            return CONTINUOUS;
        }
        return beta <= INSTANTANEOUS_AT_MOST ? INSTANTANEOUS : INTERMEDIATE;
    }
}
