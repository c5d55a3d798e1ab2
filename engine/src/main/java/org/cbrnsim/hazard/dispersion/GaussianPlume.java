package org.cbrnsim.hazard.dispersion;

/**
 * Steady-state Gaussian plume of a continuous point source with total reflection at the ground and,
 * optionally, at an inversion lid.
 *
 * <p>χ(x,y,z) = Q/(2π u σy σz) · exp(−y²/2σy²) · Σ image terms. Ground reflection: Turner (1970),
 * AP-26, eq. 3.1. Inversion lid at height h<sub>i</sub>: image sources at ±2n·h<sub>i</sub> ± h for
 * n = 1..5, and the well-mixed form g<sub>z</sub> = 1/h<sub>i</sub> once σz ≥ 2·h<sub>i</sub>
 * (ALOHA 5.4.4 Technical Documentation, Jones et al. 2013, §4.3; Turner 1970 eq. 5.2).
 * χ/Q does not depend on Q, so the clouds of steps of any rates superpose.
 */
public final class GaussianPlume implements SteadyPlumeField {

    /** Number of pairs of image sources used for the inversion lid (ALOHA uses J = 5). */
    public static final int LID_REFLECTIONS = 5;

    private final double sourceHeightM;
    private final double transportSpeedMps;
    private final PlumeSpread spread;
    private final double lidHeightM;

    /**
     * @param sourceHeightM     effective release height h (m), ≥ 0
     * @param transportSpeedMps wind speed that carries the plume (m/s), &gt; 0
     * @param spread            σy(x), σz(x)
     * @param lidHeightM        inversion-lid height (m), or {@code Double.POSITIVE_INFINITY} for none
     */
    public GaussianPlume(double sourceHeightM, double transportSpeedMps, PlumeSpread spread, double lidHeightM) {
        if (!(sourceHeightM >= 0)) {
            throw new IllegalArgumentException("source height must be >= 0 m, got " + sourceHeightM);
        }
        if (!(transportSpeedMps > 0)) {
            throw new IllegalArgumentException("transport wind speed must be > 0 m/s, got " + transportSpeedMps);
        }
        if (spread == null) {
            throw new IllegalArgumentException("a plume needs its spread σy(x), σz(x), got none");
        }
        if (!(lidHeightM > sourceHeightM)) {
            throw new IllegalArgumentException("inversion lid must lie above the source, got " + lidHeightM + " m");
        }
        this.sourceHeightM = sourceHeightM;
        this.transportSpeedMps = transportSpeedMps;
        this.spread = spread;
        this.lidHeightM = lidHeightM;
    }

    /** A plume without inversion lid. */
    public GaussianPlume(double sourceHeightM, double transportSpeedMps, PlumeSpread spread) {
        this(sourceHeightM, transportSpeedMps, spread, Double.POSITIVE_INFINITY);
    }

    /**
     * Steady concentration per unit emission rate, χ/Q (s/m³), at downwind distance x, crosswind
     * offset y and height z (all metres). Zero at and upwind of the source.
     */
    @Override
    public double concentrationPerRate(double xM, double yM, double zM) {
        if (xM <= 0) {
            return 0.0;
        }
        double sy = spread.sigmaYM(xM);
        double sz = spread.sigmaZM(xM);
        double gy = Math.exp(-yM * yM / (2 * sy * sy)) / (Math.sqrt(2 * Math.PI) * sy);
        return gy * verticalTerm(zM, sz) / transportSpeedMps;
    }

    /** The vertical factor g<sub>z</sub> (1/m), including ground and lid images. */
    double verticalTerm(double zM, double sz) {
        return VerticalReflection.term(zM, sourceHeightM, sz, lidHeightM);
    }

    public double sourceHeightM() {
        return sourceHeightM;
    }

    @Override
    public double transportSpeedMps() {
        return transportSpeedMps;
    }

    public PlumeSpread spread() {
        return spread;
    }

    public double lidHeightM() {
        return lidHeightM;
    }

    /** The lid: receptors may lie anywhere between the ground and the lid. */
    @Override
    public double highestReceptorHeightM() {
        return lidHeightM;
    }

    @Override
    public String name() {
        return "Gaussian plume; σy, σz: " + spread.name();
    }
}
