package org.cbrnsim.population;

/** Checks and sampling for a set of shares that sum to 1 (building mix, start locations). */
final class Shares {

    private static final double SUM_TOLERANCE = 1e-6;

    private Shares() {
    }

    /** Requires every share in [0, 1] and their sum 1 (± 1e-6). */
    static void require(String what, double... shares) {
        double sum = 0.0;
        for (double share : shares) {
            if (!(share >= 0.0 && share <= 1.0)) {
                throw new IllegalArgumentException(what + " shares must each lie in [0, 1], got " + share);
            }
            sum += share;
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(what + " shares must sum to 1, got " + sum);
        }
    }

    /**
     * The index k with Σ_{j&lt;k} shares ≤ u &lt; Σ_{j≤k} shares, for u uniform in [0, 1); the last
     * non-zero share catches rounding.
     */
    static int pick(double u, double... shares) {
        double cumulative = 0.0;
        int last = 0;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] > 0.0) {
                cumulative += shares[k];
                last = k;
                if (u < cumulative) {
                    return k;
                }
            }
        }
        return last;
    }
}
