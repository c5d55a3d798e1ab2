package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import java.util.Locale;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * What the Britter &amp; McQuaid (1988) plume and puff share: a source cloud denser than the air, a
 * centreline dilution profile C*(x/L) from {@link BritterMcQuaidCorrelation}, and a passive Gaussian
 * cloud beyond the last curve at x<sub>e</sub> = L·(x/L)<sub>end</sub>.
 *
 * <p>The passive cloud starts from a virtual source: it is evaluated at travel distance
 * x − x<sub>e</sub> + ξ<sub>v</sub>, with ξ<sub>v</sub> chosen so that its centreline concentration equals the
 * dense cloud's c<sub>0</sub>·C* at x<sub>e</sub>. This is the usual virtual-source method for joining a dense
 * near field to a passive far field (DEGADIS does the same, Spicer &amp; Havens 1989, EPA-450/4-89-019
 * [M]); the workbook itself switches to a passive estimate but gives no joining rule. ξ<sub>v</sub> is
 * solved with commons-math's Brent solver on ln ξ.
 */
public abstract sealed class BritterMcQuaidCloud implements ReleaseCloud permits BritterMcQuaidPlume, BritterMcQuaidPuff {

    private static final double MIN_DISTANCE_M = 1e-3;
    private static final double MAX_DISTANCE_M = 1e7;

    private final String cloudKind;
    private final DenseGasSourceCloud source;
    private final PlumeSpread passiveSpread;
    private final double lengthScaleM;
    private final BritterMcQuaidProfile profile;
    private final double transitionM;
    private final double virtualDistanceM;

    /**
     * @param cloudKind         "plume" or "puff", for the model name
     * @param source            the cloud at the source
     * @param passiveSpread     σ of the passive cloud
     * @param lengthScaleM      L of the correlation (m)
     * @param profile           C*(x/L) for the source's α
     * @param passiveCentreline centreline concentration (kg/m³) of the passive cloud at travel distance ξ (m), decreasing
     */
    BritterMcQuaidCloud(String cloudKind, DenseGasSourceCloud source, PlumeSpread passiveSpread, double lengthScaleM,
            BritterMcQuaidProfile profile, DoubleUnaryOperator passiveCentreline) {
        this.cloudKind = cloudKind;
        this.source = source;
        this.passiveSpread = passiveSpread;
        this.lengthScaleM = lengthScaleM;
        this.profile = profile;
        this.transitionM = lengthScaleM * profile.endScaledDistance();
        this.virtualDistanceM = virtualDistanceM(passiveCentreline, source.massConcentrationKgPerM3(profile.endRatio()));
    }

    /**
     * Reduced gravity g<sub>o</sub> (m/s²) of a source cloud that must be denser than the air for the
     * correlations to apply; checks that neither argument is null.
     */
    static double denseReducedGravityMps2(DenseGasSourceCloud source, DenseGasAtmosphere air, PlumeSpread passiveSpread) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(air, "air");
        Objects.requireNonNull(passiveSpread, "passiveSpread");
        double reducedGravity = air.reducedGravityMps2(source.densityKgPerM3());
        if (!(reducedGravity > 0)) {
            throw new IllegalArgumentException("the Britter-McQuaid model needs a cloud denser than the air: cloud "
                    + source.densityKgPerM3() + " kg/m³, air " + air.airDensityKgPerM3() + " kg/m³");
        }
        return reducedGravity;
    }

    private static double virtualDistanceM(DoubleUnaryOperator passiveCentreline, double targetKgPerM3) {
        double logTarget = Math.log(targetKgPerM3);
        double lo = Math.log(MIN_DISTANCE_M);
        double hi = Math.log(MAX_DISTANCE_M);
        DoubleUnaryOperator gap = s -> Math.log(passiveCentreline.applyAsDouble(Math.exp(s))) - logTarget;
        if (!(gap.applyAsDouble(lo) > 0 && gap.applyAsDouble(hi) < 0)) {
            throw new IllegalStateException("no passive virtual source between " + MIN_DISTANCE_M + " and "
                    + MAX_DISTANCE_M + " m matches " + targetKgPerM3 + " kg/m³");
        }
        return Math.exp(new BrentSolver(1e-10).solve(200, gap::applyAsDouble, lo, hi));
    }

    /** Concentration c<sub>0</sub>·C*(x/L) (kg/m³) of the dense cloud, for x ≤ {@link #transitionM()}. */
    double denseKgPerM3(double xM) {
        return source.massConcentrationKgPerM3(profile.ratioAt(xM / lengthScaleM));
    }

    /** Travel distance (m) from the passive cloud's virtual source, for x &gt; {@link #transitionM()}. */
    double passiveTravelM(double xM) {
        return xM - transitionM + virtualDistanceM;
    }

    DenseGasSourceCloud source() {
        return source;
    }

    PlumeSpread passiveSpread() {
        return passiveSpread;
    }

    double lengthScaleM() {
        return lengthScaleM;
    }

    /** Downwind distance (m) where the correlations end and the passive Gaussian takes over. */
    public double transitionM() {
        return transitionM;
    }

    /** The buoyancy parameter α of the correlation. */
    public double alpha() {
        return profile.alpha();
    }

    @Override
    public String modelName() {
        return String.format(Locale.ROOT,
                "Britter-McQuaid dense %s (HSE CRR 17/1988, CCPS 1999 fits; alpha %.2f%s), passive Gaussian %s beyond %.0f m (%s)",
                cloudKind, profile.alpha(), profile.alphaBeyondFits() ? ", beyond the fits: alpha 1 curves used" : "",
                cloudKind, transitionM, passiveSpread.name());
    }
}
