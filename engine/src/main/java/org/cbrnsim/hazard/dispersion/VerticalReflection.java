package org.cbrnsim.hazard.dispersion;

/**
 * The vertical factor g<sub>z</sub> (1/m) of a Gaussian plume or puff with total reflection at the
 * ground and, optionally, at an inversion lid.
 *
 * <p>Ground reflection: Turner (1970), AP-26, eq. 3.1. Inversion lid at height h<sub>i</sub>: image
 * sources at ±2n·h<sub>i</sub> ± h for n = 1..{@value GaussianPlume#LID_REFLECTIONS}, and the well-mixed
 * form g<sub>z</sub> = 1/h<sub>i</sub> once σz ≥ 2·h<sub>i</sub> (ALOHA 5.4.4 Technical Documentation,
 * Jones et al. 2013, §4.3; Turner 1970 eq. 5.2).
 */
final class VerticalReflection {

    private VerticalReflection() {
    }

    /**
     * @param zM            receptor height (m)
     * @param sourceHeightM height of the source or puff centre (m)
     * @param sigmaZM       vertical standard deviation (m), &gt; 0
     * @param lidHeightM    inversion-lid height (m), or {@code Double.POSITIVE_INFINITY} for none
     */
    static double term(double zM, double sourceHeightM, double sigmaZM, double lidHeightM) {
        if (Double.isInfinite(lidHeightM)) {
            return pair(zM, sourceHeightM, sigmaZM);
        }
        if (sigmaZM >= 2 * lidHeightM) {
            return 1.0 / lidHeightM;
        }
        double sum = pair(zM, sourceHeightM, sigmaZM);
        for (int n = 1; n <= GaussianPlume.LID_REFLECTIONS; n++) {
            double shift = 2 * n * lidHeightM;
            sum += pair(zM - shift, sourceHeightM, sigmaZM) + pair(zM + shift, sourceHeightM, sigmaZM);
        }
        return sum;
    }

    /** A source at h and its ground image at −h, seen from height z. */
    private static double pair(double z, double h, double sz) {
        double norm = Math.sqrt(2 * Math.PI) * sz;
        return (Math.exp(-(z - h) * (z - h) / (2 * sz * sz)) + Math.exp(-(z + h) * (z + h) / (2 * sz * sz))) / norm;
    }
}
