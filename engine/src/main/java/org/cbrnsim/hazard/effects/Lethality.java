package org.cbrnsim.hazard.effects;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Probability of death from a probit value: P = Φ(Y − 5), Φ the standard normal distribution
 * function (Finney 1971, Probit Analysis; TNO Purple Book CPR 18E §5.2; dispersion.md §5.2).
 */
public final class Lethality {

    /** Standard normal; no random generator, since only the distribution function is used. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);
    private static final double PROBIT_OFFSET = 5.0;

    private Lethality() {
    }

    /** P = Φ(Y − 5); 0 for Y = −∞ (no exposure). */
    public static double probabilityOfDeath(double probit) {
        if (Double.isNaN(probit)) {
            throw new IllegalArgumentException("probit must be a number, got NaN");
        }
        return STANDARD_NORMAL.cumulativeProbability(probit - PROBIT_OFFSET);
    }
}
