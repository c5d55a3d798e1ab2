package org.cbrnsim.hazard.evaluation;

import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Pasquill stability class from the Obukhov length and the roughness length, after Golder (1972,
 * Boundary-Layer Meteorol. 3:47), whose nomogram lines are fitted as 1/L = a + b·log10(z0) (z0 in m)
 * by Myrup &amp; Ranzieri (1976) and tabulated in Seinfeld &amp; Pandis (2006, Atmospheric Chemistry
 * and Physics, 2nd ed., eq. 16.83):
 * A −0.096, 0.029; B −0.037, 0.029; C −0.002, 0.018; D 0, 0; E 0.004, −0.018; F 0.035, −0.036.
 *
 * <p>Assignment used here: each line is taken as the centre of its class, and an observed L is
 * given the class whose centre 1/L is nearest to its 1/L.
 */
public final class GolderStability {

    private static final double[] A_PER_M = {-0.096, -0.037, -0.002, 0.0, 0.004, 0.035};
    private static final double[] B_PER_M = {0.029, 0.029, 0.018, 0.0, -0.018, -0.036};

    private GolderStability() {
    }

    /** Centre 1/L (1/m) of a class over a surface of roughness length z0 (m). */
    public static double classCentreInverseObukhovPerM(StabilityClass stabilityClass, double roughnessLengthM) {
        if (!(roughnessLengthM > 0)) {
            throw new IllegalArgumentException("roughness length must be > 0 m, got " + roughnessLengthM);
        }
        int i = stabilityClass.ordinal();
        return A_PER_M[i] + B_PER_M[i] * Math.log10(roughnessLengthM);
    }

    /**
     * The class whose centre 1/L is nearest to 1/L of the given Obukhov length.
     *
     * @param obukhovLengthM Obukhov length (m), non-zero; ±infinity for neutral
     */
    public static StabilityClass classify(double obukhovLengthM, double roughnessLengthM) {
        if (obukhovLengthM == 0 || Double.isNaN(obukhovLengthM)) {
            throw new IllegalArgumentException("Obukhov length must be non-zero, got " + obukhovLengthM + " m");
        }
        double inverseL = 1 / obukhovLengthM;
        StabilityClass nearest = StabilityClass.A;
        for (StabilityClass c : StabilityClass.values()) {
            if (Math.abs(inverseL - classCentreInverseObukhovPerM(c, roughnessLengthM))
                    < Math.abs(inverseL - classCentreInverseObukhovPerM(nearest, roughnessLengthM))) {
                nearest = c;
            }
        }
        return nearest;
    }
}
