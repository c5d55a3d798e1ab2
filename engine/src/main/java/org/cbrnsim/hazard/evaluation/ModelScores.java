package org.cbrnsim.hazard.evaluation;

import org.apache.commons.math3.stat.StatUtils;

/**
 * Performance measures of a dispersion model against paired observations, Chang &amp; Hanna (2004,
 * Meteorol. Atmos. Phys. 87:167; definitions as in reference/dispersion.md §3.3), with Co observed, Cp predicted and the overbar a mean
 * over the n pairs:
 * <ul>
 *   <li>FB = (C̄o − C̄p)/(0.5·(C̄o + C̄p)); positive means under-prediction;</li>
 *   <li>NMSE = mean((Co − Cp)²)/(C̄o·C̄p);</li>
 *   <li>MG = exp(mean(ln Co) − mean(ln Cp));</li>
 *   <li>VG = exp(mean((ln Co − ln Cp)²)), the mean of squares, not the variance;</li>
 *   <li>FAC2 = fraction of pairs with 0.5 ≤ Cp/Co ≤ 2.</li>
 * </ul>
 * The logarithms and the ratio need a lower threshold: for MG, VG and FAC2 every value below the
 * floor given to {@link #of(double[], double[], double)} is raised to the floor; FB and NMSE use the
 * values as they are.
 *
 * @param n    number of pairs
 * @param fb   fractional bias
 * @param nmse normalised mean square error
 * @param mg   geometric mean bias
 * @param vg   geometric variance
 * @param fac2 fraction of predictions within a factor of two
 */
public record ModelScores(int n, double fb, double nmse, double mg, double vg, double fac2) {

    /**
     * Scores predictions against observations.
     *
     * @param observed  observed values Co, ≥ 0
     * @param predicted predicted values Cp, ≥ 0, paired with {@code observed}
     * @param floor     threshold (same unit as the values, &gt; 0) below which values are raised to it for MG, VG, FAC2
     */
    public static ModelScores of(double[] observed, double[] predicted, double floor) {
        if (observed.length != predicted.length || observed.length == 0) {
            throw new IllegalArgumentException("expected equally long, non-empty observed and predicted arrays, got "
                    + observed.length + " and " + predicted.length + " values");
        }
        if (!(floor > 0)) {
            throw new IllegalArgumentException("floor for logarithms must be > 0, got " + floor);
        }
        int n = observed.length;
        double[] squaredError = new double[n];
        double[] logRatio = new double[n];
        double[] squaredLogRatio = new double[n];
        int withinFactorTwo = 0;
        for (int i = 0; i < n; i++) {
            if (!(observed[i] >= 0) || !(predicted[i] >= 0)) {
                throw new IllegalArgumentException("expected concentrations >= 0, got observed " + observed[i]
                        + " and predicted " + predicted[i] + " in pair " + i);
            }
            squaredError[i] = (observed[i] - predicted[i]) * (observed[i] - predicted[i]);
            double o = Math.max(observed[i], floor);
            double p = Math.max(predicted[i], floor);
            logRatio[i] = Math.log(o / p);
            squaredLogRatio[i] = logRatio[i] * logRatio[i];
            double ratio = p / o;
            if (ratio >= 0.5 && ratio <= 2) {
                withinFactorTwo++;
            }
        }
        double meanObserved = StatUtils.mean(observed);
        double meanPredicted = StatUtils.mean(predicted);
        return new ModelScores(n,
                (meanObserved - meanPredicted) / (0.5 * (meanObserved + meanPredicted)),
                StatUtils.mean(squaredError) / (meanObserved * meanPredicted),
                Math.exp(StatUtils.mean(logRatio)),
                Math.exp(StatUtils.mean(squaredLogRatio)),
                (double) withinFactorTwo / n);
    }
}
