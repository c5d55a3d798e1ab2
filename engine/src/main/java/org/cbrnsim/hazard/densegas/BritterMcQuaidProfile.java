package org.cbrnsim.hazard.densegas;

import java.util.Arrays;

/**
 * Centreline dilution C* = C<sub>m</sub>/C<sub>0</sub> against scaled distance x/L for one source, built by
 * {@link BritterMcQuaidCorrelation#profile(double)}. Between the curves of the correlation, log C* is
 * interpolated linearly in β = log<sub>10</sub>(x/L): the workbook's curves are drawn on logarithmic
 * axes for logarithmically spaced C*, so this is the reading a user of the nomogram makes. The profile
 * ends at the last curve; beyond it the caller continues with passive dispersion.
 *
 * <p>Where the near-source relation reaches the first curve before its own limit (the puff always;
 * the plume for α &gt; 0.6) the two published pieces do not meet: C* drops at the first curve to the
 * curve's value. This step is kept rather than smoothed by an invented joining rule.
 */
public final class BritterMcQuaidProfile {

    private final double alpha;
    private final boolean alphaBeyondFits;
    private final double nearFieldCoefficient;
    private final double nearFieldEnd;
    private final double firstRatio;
    private final double[] knotBetas;
    private final double[] knotLogRatios;

    BritterMcQuaidProfile(double alpha, boolean alphaBeyondFits, double nearFieldCoefficient, double nearFieldLimit,
            double[] ratios, double[] betas) {
        this.alpha = alpha;
        this.alphaBeyondFits = alphaBeyondFits;
        this.nearFieldCoefficient = nearFieldCoefficient;
        this.firstRatio = ratios[0];
        double firstCurveDistance = Math.pow(10, betas[0]);
        this.nearFieldEnd = Math.min(nearFieldLimit, firstCurveDistance);
        boolean joinNearField = nearFieldEnd < firstCurveDistance;
        int offset = joinNearField ? 1 : 0;
        knotBetas = new double[ratios.length + offset];
        knotLogRatios = new double[ratios.length + offset];
        if (joinNearField) {
            knotBetas[0] = Math.log10(nearFieldEnd);
            knotLogRatios[0] = Math.log10(nearField(nearFieldEnd));
        }
        for (int i = 0; i < ratios.length; i++) {
            knotBetas[i + offset] = betas[i];
            knotLogRatios[i + offset] = Math.log10(ratios[i]);
        }
    }

    /** The buoyancy parameter α the profile was built for. */
    public double alpha() {
        return alpha;
    }

    /** True when α exceeded {@link BritterMcQuaidCorrelation#MAX_ALPHA} and the α = 1 curves were used. */
    public boolean alphaBeyondFits() {
        return alphaBeyondFits;
    }

    /** Scaled distance x/L of the last curve, where the correlations end. */
    public double endScaledDistance() {
        return Math.pow(10, knotBetas[knotBetas.length - 1]);
    }

    /** Dilution C* at the end of the correlations (the smallest C* the workbook gives). */
    public double endRatio() {
        return Math.pow(10, knotLogRatios[knotLogRatios.length - 1]);
    }

    /**
     * Dilution C* at scaled distance x/L, for x/L ≤ {@link #endScaledDistance()}; 1 at and upwind of
     * the source.
     */
    public double ratioAt(double scaledDistance) {
        if (scaledDistance <= 0) {
            return 1.0;
        }
        if (scaledDistance < nearFieldEnd) {
            return nearField(scaledDistance);
        }
        double beta = Math.log10(scaledDistance);
        int last = knotBetas.length - 1;
        if (beta > knotBetas[last] + 1e-12) {
            throw new IllegalArgumentException("scaled distance " + scaledDistance
                    + " is beyond the Britter-McQuaid correlations (end at " + endScaledDistance() + ")");
        }
        int i = Arrays.binarySearch(knotBetas, beta);
        if (i >= 0) {
            return Math.pow(10, knotLogRatios[i]);
        }
        int hi = Math.max(1, Math.min(-i - 1, last));
        int lo = hi - 1;
        double f = (beta - knotBetas[lo]) / (knotBetas[hi] - knotBetas[lo]);
        return Math.pow(10, knotLogRatios[lo] + f * (knotLogRatios[hi] - knotLogRatios[lo]));
    }

    private double nearField(double scaledDistance) {
        double k = nearFieldCoefficient;
        return Math.max(k / (k + scaledDistance * scaledDistance), firstRatio);
    }
}
