package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import java.util.Locale;
import java.util.Objects;

/**
 * What the Britter &amp; McQuaid (1988) plume and puff share: a source cloud denser than the air, a
 * centreline dilution profile C*(x/L) from {@link BritterMcQuaidCorrelation}, and a passive Gaussian
 * cloud beyond the last curve at x<sub>e</sub> = L·(x/L)<sub>end</sub>.
 *
 * <p>The passive cloud starts from a virtual source that conserves the dense cloud's mass, width and
 * depth where the correlations end ({@link org.cbrnsim.hazard.dispersion.VirtualSourceSpread}: separate
 * virtual distances for σy and σz, Petersen &amp; Lavdas 1986; DEGADIS joins its dense and passive phases by
 * virtual sources too, Spicer &amp; Havens 1989, EPA-450/4-89-019 [M]); the workbook switches to a passive
 * estimate but gives no joining rule. Each subclass says how its top-hat width and depth become σy and σz.
 */
public abstract sealed class BritterMcQuaidCloud implements ReleaseCloud permits BritterMcQuaidPlume, BritterMcQuaidPuff {

    private final String cloudKind;
    private final DenseGasSourceCloud source;
    private final PlumeSpread passiveSpread;
    private final double lengthScaleM;
    private final BritterMcQuaidProfile profile;
    private final double transitionM;

    /**
     * @param cloudKind         "plume" or "puff", for the model name
     * @param source            the cloud at the source
     * @param passiveSpread     σ of the passive cloud
     * @param lengthScaleM      L of the correlation (m)
     * @param profile           C*(x/L) for the source's α
     */
    BritterMcQuaidCloud(String cloudKind, DenseGasSourceCloud source, PlumeSpread passiveSpread, double lengthScaleM,
            BritterMcQuaidProfile profile) {
        this.cloudKind = cloudKind;
        this.source = source;
        this.passiveSpread = passiveSpread;
        this.lengthScaleM = lengthScaleM;
        this.profile = profile;
        this.transitionM = lengthScaleM * profile.endScaledDistance();
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

    /** Concentration c<sub>0</sub>·C*(x/L) (kg/m³) of the dense cloud, for x ≤ {@link #transitionM()}. */
    double denseKgPerM3(double xM) {
        return source.massConcentrationKgPerM3(profile.ratioAt(xM / lengthScaleM));
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
