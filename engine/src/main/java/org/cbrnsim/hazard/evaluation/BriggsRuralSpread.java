package org.cbrnsim.hazard.evaluation;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.PlumeSpread;

/**
 * Briggs (1973) open-country σy and σz as printed in ALOHA's Technical Documentation Table 13 (with
 * its 0.0015 erratum for the class-D σz), transcribed in reference/dispersion.md §1.4 and §2.2:
 * σy = a·x·(1 + 0.0001·x)^−½ and σz = a'·x·(1 + b·x)^c. The baseline of the Prairie Grass harness
 * (dispersion.md §3.1.6); kept package-private so that the engine's own Briggs implementation can
 * replace it.
 */
final class BriggsRuralSpread implements PlumeSpread {

    private static final double[] SIGMA_Y_A = {0.22, 0.16, 0.11, 0.08, 0.06, 0.04};
    private static final double[] SIGMA_Z_A = {0.20, 0.12, 0.08, 0.06, 0.03, 0.016};
    private static final double[] SIGMA_Z_B = {0.0, 0.0, 0.0002, 0.0015, 0.0003, 0.0003};
    private static final double[] SIGMA_Z_C = {0.0, 0.0, -0.5, -0.5, -1.0, -1.0};

    private final StabilityClass stabilityClass;

    BriggsRuralSpread(StabilityClass stabilityClass) {
        this.stabilityClass = stabilityClass;
    }

    @Override
    public double sigmaYM(double xM) {
        return SIGMA_Y_A[stabilityClass.ordinal()] * xM / Math.sqrt(1 + 0.0001 * xM);
    }

    @Override
    public double sigmaZM(double xM) {
        int i = stabilityClass.ordinal();
        return SIGMA_Z_A[i] * xM * Math.pow(1 + SIGMA_Z_B[i] * xM, SIGMA_Z_C[i]);
    }

    @Override
    public String name() {
        return "Briggs (1973) open country, class " + stabilityClass;
    }
}
