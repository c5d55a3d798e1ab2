package org.cbrnsim.hazard.dispersion;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Places the virtual source of the passive cloud that continues a Britter-McQuaid cloud beyond the
 * last correlation curve: the travel distance ξ<sub>v</sub> at which the passive model's centreline
 * concentration equals the dense cloud's concentration at the transition. This is the usual
 * virtual-source method for joining a dense near field to a passive far field (DEGADIS does the same,
 * Spicer &amp; Havens 1989, EPA-450/4-89-019 [M]); the workbook itself switches to a passive estimate
 * but gives no joining rule. Solved with commons-math's Brent solver on ln ξ.
 */
final class BritterMcQuaidPassiveJoin {

    private static final double MIN_DISTANCE_M = 1e-3;
    private static final double MAX_DISTANCE_M = 1e7;

    private BritterMcQuaidPassiveJoin() {
    }

    /**
     * Reduced gravity g<sub>o</sub> (m/s²) of a source cloud that must be denser than the air for the
     * Britter-McQuaid correlations to apply.
     */
    static double denseReducedGravityMps2(DenseGasSourceCloud source, DenseGasAtmosphere air) {
        double reducedGravity = air.reducedGravityMps2(source.densityKgPerM3());
        if (!(reducedGravity > 0)) {
            throw new IllegalArgumentException("the Britter-McQuaid model needs a cloud denser than the air: cloud "
                    + source.densityKgPerM3() + " kg/m³, air " + air.airDensityKgPerM3() + " kg/m³");
        }
        return reducedGravity;
    }

    /**
     * Travel distance ξ<sub>v</sub> (m) at which the decreasing passive centreline concentration
     * {@code passiveCentreline(ξ)} (kg/m³) equals {@code targetKgPerM3}.
     */
    static double virtualDistanceM(DoubleUnaryOperator passiveCentreline, double targetKgPerM3) {
        double logTarget = Math.log(targetKgPerM3);
        double lo = Math.log(MIN_DISTANCE_M);
        double hi = Math.log(MAX_DISTANCE_M);
        DoubleUnaryOperator gap = s -> Math.log(passiveCentreline.applyAsDouble(Math.exp(s))) - logTarget;
        if (!(gap.applyAsDouble(lo) > 0 && gap.applyAsDouble(hi) < 0)) {
            throw new IllegalStateException("no passive virtual source between " + MIN_DISTANCE_M + " and "
                    + MAX_DISTANCE_M + " m matches " + targetKgPerM3 + " kg/m³");
        }
        double s = new BrentSolver(1e-10).solve(200, gap::applyAsDouble, lo, hi);
        return Math.exp(s);
    }

    /** Output name of a Britter-McQuaid cloud ("plume" or "puff") with its α and where it turns passive. */
    static String modelName(String cloudKind, BritterMcQuaidProfile profile, double transitionM, PlumeSpread passiveSpread) {
        return String.format(Locale.ROOT,
                "Britter-McQuaid dense %s (HSE CRR 17/1988, CCPS 1999 fits; alpha %.2f%s), passive Gaussian %s beyond %.0f m (%s)",
                cloudKind, profile.alpha(), profile.alphaBeyondFits() ? ", beyond the fits: alpha 1 curves used" : "",
                cloudKind, transitionM, passiveSpread.name());
    }
}
