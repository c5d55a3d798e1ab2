package org.cbrnsim.hazard.atmosphere;

/**
 * The Monin–Obukhov length L (m) of a Pasquill class over a surface of roughness z0, and back.
 *
 * <p>Class to L: ALOHA Technical Documentation (Jones et al. 2013, NOAA TM NOS OR&amp;R 43, §4.2.3),
 * after Pasquill (1974), L = a·z0^b (reference notes dispersion.md §1.5):
 * A −11.4·z0^0.10, B −26.0·z0^0.17, C −123·z0^0.30, D ∞, E +123·z0^0.30, F +26.0·z0^0.17.
 *
 * <p>L to class: Golder (1972, Boundary-Layer Meteorol. 3:47–58) as fitted by Myrup &amp; Ranzieri (1976)
 * and printed in Seinfeld &amp; Pandis (2006), <i>Atmospheric Chemistry and Physics</i>, 2nd ed., §16.4.4,
 * Table 16.4 and Eq. 16.83: the centre of each class is 1/L = a + b·log10(z0) with
 * (a, b) = A (−0.096, 0.029), B (−0.037, 0.029), C (−0.002, 0.018), D (0, 0), E (0.004, −0.018),
 * F (0.035, −0.036) in 1/m; the nearest centre wins (dispersion.md §3.1.5).
 */
public final class ObukhovLength {

    /** ALOHA Table: L = ALOHA_COEFFICIENT·z0^ALOHA_EXPONENT, indexed by class A–F (D is neutral). */
    private static final double[] ALOHA_COEFFICIENT_M = {-11.4, -26.0, -123, Double.NaN, 123, 26.0};
    private static final double[] ALOHA_EXPONENT = {0.10, 0.17, 0.30, Double.NaN, 0.30, 0.17};

    /** Golder (1972) via Seinfeld &amp; Pandis (2006) Table 16.4: 1/L = a + b·log10(z0), 1/m, classes A–F. */
    private static final double[] GOLDER_A_PER_M = {-0.096, -0.037, -0.002, 0, 0.004, 0.035};
    private static final double[] GOLDER_B_PER_M = {0.029, 0.029, 0.018, 0, -0.018, -0.036};

    private ObukhovLength() {
    }

    /**
     * ALOHA's Obukhov length for a class over roughness z0: negative when unstable, +∞ for D.
     *
     * @throws IllegalArgumentException when z0 is not a positive finite length
     */
    public static double fromClassM(StabilityClass stability, double roughnessM) {
        requireRoughness(roughnessM);
        if (stability == StabilityClass.D) {
            return Double.POSITIVE_INFINITY;
        }
        int i = stability.ordinal();
        return ALOHA_COEFFICIENT_M[i] * Math.pow(roughnessM, ALOHA_EXPONENT[i]);
    }

    /** The centre of a class in Golder's chart, as 1/L in 1/m (0 for D). */
    public static double golderCentrePerM(StabilityClass stability, double roughnessM) {
        requireRoughness(roughnessM);
        int i = stability.ordinal();
        return GOLDER_A_PER_M[i] + GOLDER_B_PER_M[i] * Math.log10(roughnessM);
    }

    /**
     * The Pasquill class whose Golder centre 1/L is nearest to 1/{@code obukhovLengthM}; L = ±∞ is neutral.
     * A tie goes to the more stable class.
     *
     * @throws IllegalArgumentException when L is 0 or NaN, or z0 is so large (above about 1.3 m) that
     *                                  Golder's centre lines no longer run in class order
     */
    public static StabilityClass golderClass(double obukhovLengthM, double roughnessM) {
        requireLength(obukhovLengthM);
        double inverse = 1 / obukhovLengthM;
        StabilityClass nearest = null;
        double nearestDistance = Double.POSITIVE_INFINITY;
        double previousCentre = Double.NEGATIVE_INFINITY;
        for (StabilityClass c : StabilityClass.values()) {
            double centre = golderCentrePerM(c, roughnessM);
            if (centre <= previousCentre) {
                throw new IllegalArgumentException("Golder's class centres are ordered only for roughness"
                        + " below about 1.3 m, got " + roughnessM + " m");
            }
            previousCentre = centre;
            double distance = Math.abs(inverse - centre);
            if (distance <= nearestDistance) {
                nearest = c;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    static void requireLength(double obukhovLengthM) {
        if (obukhovLengthM == 0 || Double.isNaN(obukhovLengthM)) {
            throw new IllegalArgumentException(
                    "Obukhov length must be non-zero (±infinity when neutral), got " + obukhovLengthM);
        }
    }

    static void requireRoughness(double roughnessM) {
        if (!(roughnessM > 0) || Double.isInfinite(roughnessM)) {
            throw new IllegalArgumentException("roughness length must be > 0 m, got " + roughnessM);
        }
    }
}
