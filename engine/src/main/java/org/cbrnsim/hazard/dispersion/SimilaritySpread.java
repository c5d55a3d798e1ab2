package org.cbrnsim.hazard.dispersion;

import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.apache.commons.math3.analysis.integration.UnivariateIntegrator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.UnivariateSolver;
import org.apache.commons.math3.special.Gamma;
import org.cbrnsim.hazard.atmosphere.WindProfile;

/**
 * Plume spread of a near-ground release from surface-layer similarity theory and a measured
 * wind-direction fluctuation σθ, for one set of surface-layer conditions (u*, L, z0) and a wind
 * speed measured at one height.
 *
 * <p><b>Wind profile.</b> u(z) = (u* / k)·[ln(z/z0) − ψm(z/L)] with k = 0.4, the Dyer (1974,
 * Boundary-Layer Meteorol. 7:363) flux–profile relations φm = φh = 1 + 5 z/L for L &gt; 0 and
 * φh = (1 − 16 z/L)^−½, φm = (1 − 16 z/L)^−¼ for L &lt; 0, and their integrated form ψm of
 * Paulson (1970, J. Appl. Meteorol. 9:857, with γ = 16). The profile is scaled by one
 * factor so that it passes exactly through the measured wind at the reference height; u* and L
 * only shape it (a modelling choice made here, so that the measured wind is honoured).
 *
 * <p><b>Vertical spread.</b> Mean plume height z̄ of a ground-level source from Lagrangian
 * similarity, van Ulden (1978, Atmos. Environ. 12:2125–2129), as used by Gryning, Holtslag,
 * Irwin and Sivertsen (1987, Atmos. Environ. 21:79–89):
 * dz̄/dt = k·u* / φh(p·z̄/L), plume advection speed ū = u(c·z̄), hence
 * dx/dz̄ = ū(c·z̄)·φh(p·z̄/L)/(k·u*), with c = 0.6 and p = 1.55, integrated from z̄ = z0/c (where
 * ū vanishes) and solved for z̄(x). The crosswind-integrated concentration of that theory is
 * C<sup>y</sup>(x,z) = A·Q/(ū·z̄)·exp(−(B·z/z̄)^s) with A = s·Γ(2/s)/Γ(1/s)², B = Γ(2/s)/Γ(1/s)
 * and s = 1.5 (van Ulden 1978). The Gaussian σz returned here is the one that gives the same
 * ground-level crosswind-integrated concentration, 2/(√(2π)·σz) = A/z̄, i.e.
 * σz = 2·z̄/(√(2π)·A) (derived here). The constants c, p, s, A, B are recalled from van Ulden
 * (1978) and were not re-read for this implementation. z̄ is that of a ground-level source: a
 * release height enters through the Gaussian plume's source height and its ground image.
 *
 * <p><b>Crosswind spread.</b> σy = σθ·x·f(x), Pasquill (1976, EPA-600/4-76-030b; reiterated in
 * Pasquill 1978, EPA-600/4-78-021), with σθ the standard deviation of the wind direction over the
 * concentration averaging time (10 min for Project Prairie Grass) and the tabulated
 * f = 1, 0.8, 0.7, 0.65, 0.6, 0.5, 0.4, 0.33 at x = 0, 0.1, 0.2, 0.4, 1, 2, 4, 10 km, linear in
 * between and 0.33·(10 km/x)^½ beyond 10 km. The f(0) = 1 node is Taylor's short-time limit.
 * The table is recalled, not re-read here.
 *
 * <p>Use {@link #transportSpeedMps(double)} as the plume's transport speed at distance x when
 * building a {@link GaussianPlume} for a receptor at that distance.
 */
public final class SimilaritySpread implements PlumeSpread {

    /** von Kármán constant used with the Dyer (1974) relations: the one of the surface-layer profiles. */
    public static final double VON_KARMAN = WindProfile.VON_KARMAN;
    /** van Ulden (1978): the plume is advected at the wind speed at height c·z̄. */
    public static final double ADVECTION_HEIGHT_FACTOR = 0.6;
    /** van Ulden (1978): φh is evaluated at height p·z̄. */
    public static final double STABILITY_HEIGHT_FACTOR = 1.55;
    /** van Ulden (1978): shape exponent s of the vertical concentration profile. */
    public static final double PROFILE_SHAPE = 1.5;

    private static final double[] PASQUILL_X_M = {0, 100, 200, 400, 1000, 2000, 4000, 10000};
    private static final double[] PASQUILL_F = {1.0, 0.8, 0.7, 0.65, 0.6, 0.5, 0.4, 0.33};
    private static final int MAX_EVALUATIONS = 100_000;
    private static final double MAX_MEAN_HEIGHT_M = 1e6;

    private final double frictionVelocityMps;
    private final double obukhovLengthM;
    private final double roughnessLengthM;
    private final double sigmaThetaRad;
    private final double profileScale;

    /**
     * @param frictionVelocityMps u* (m/s), &gt; 0
     * @param obukhovLengthM      Obukhov length L (m), non-zero; ±infinity for neutral
     * @param roughnessLengthM    z0 (m), &gt; 0
     * @param referenceWindMps    measured mean wind speed (m/s), &gt; 0
     * @param referenceHeightM    height of that measurement (m), &gt; z0
     * @param sigmaThetaRad       standard deviation of the wind direction over the averaging time (rad), &gt; 0
     */
    public SimilaritySpread(double frictionVelocityMps, double obukhovLengthM, double roughnessLengthM,
                            double referenceWindMps, double referenceHeightM, double sigmaThetaRad) {
        requirePositive(frictionVelocityMps, "friction velocity", "m/s");
        if (!(obukhovLengthM != 0) || Double.isNaN(obukhovLengthM)) {
            throw new IllegalArgumentException("Obukhov length must be non-zero (±infinity for neutral), got "
                    + obukhovLengthM + " m");
        }
        requirePositive(roughnessLengthM, "roughness length", "m");
        requirePositive(referenceWindMps, "reference wind speed", "m/s");
        if (!(referenceHeightM > roughnessLengthM)) {
            throw new IllegalArgumentException("wind reference height must exceed the roughness length "
                    + roughnessLengthM + " m, got " + referenceHeightM + " m");
        }
        requirePositive(sigmaThetaRad, "sigma-theta", "rad");
        this.frictionVelocityMps = frictionVelocityMps;
        this.obukhovLengthM = obukhovLengthM;
        this.roughnessLengthM = roughnessLengthM;
        this.sigmaThetaRad = sigmaThetaRad;
        this.profileScale = referenceWindMps
                / similarityWindSpeedMps(referenceHeightM, frictionVelocityMps, obukhovLengthM, roughnessLengthM);
    }

    @Override
    public double sigmaYM(double xM) {
        requirePositive(xM, "downwind distance", "m");
        return sigmaThetaRad * xM * pasquillLateralFactor(xM);
    }

    @Override
    public double sigmaZM(double xM) {
        return 2 * meanPlumeHeightM(xM) / (Math.sqrt(2 * Math.PI) * profileAmplitude(PROFILE_SHAPE));
    }

    @Override
    public String name() {
        return "surface-layer similarity (van Ulden 1978 mean height, Dyer 1974 profiles, Pasquill 1976 sigma-theta)";
    }

    /** Mean height z̄ (m) of the plume of a ground-level source at downwind distance x (van Ulden 1978). */
    public double meanPlumeHeightM(double xM) {
        requirePositive(xM, "downwind distance", "m");
        double lowestM = roughnessLengthM / ADVECTION_HEIGHT_FACTOR;
        UnivariateIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-10, 1e-9);
        double upperM = 1.0;
        while (distanceToMeanHeightM(integrator, lowestM, upperM) < xM) {
            upperM *= 2;
            if (upperM > MAX_MEAN_HEIGHT_M) {
                throw new IllegalStateException("mean plume height exceeds " + MAX_MEAN_HEIGHT_M + " m before x = "
                        + xM + " m");
            }
        }
        UnivariateSolver solver = new BrentSolver(1e-9);
        return solver.solve(MAX_EVALUATIONS, zBar -> distanceToMeanHeightM(integrator, lowestM, zBar) - xM,
                lowestM, upperM);
    }

    /** Plume advection speed ū = u(c·z̄) (m/s) at downwind distance x (van Ulden 1978). */
    public double transportSpeedMps(double xM) {
        return windSpeedMps(ADVECTION_HEIGHT_FACTOR * meanPlumeHeightM(xM));
    }

    /** Mean wind speed (m/s) at height z, from the similarity profile through the measured wind. */
    public double windSpeedMps(double heightM) {
        if (!(heightM > roughnessLengthM)) {
            throw new IllegalArgumentException("height must exceed the roughness length " + roughnessLengthM
                    + " m, got " + heightM + " m");
        }
        return profileWindMps(heightM);
    }

    private double profileWindMps(double heightM) {
        return profileScale * similarityWindSpeedMps(heightM, frictionVelocityMps, obukhovLengthM, roughnessLengthM);
    }

    /** x(z̄) = ∫ ū(c·ζ)·φh(p·ζ/L)/(k·u*) dζ from z0/c to z̄, integrated over ln ζ. */
    private double distanceToMeanHeightM(UnivariateIntegrator integrator, double lowestM, double zBarM) {
        if (zBarM <= lowestM) {
            return 0.0;
        }
        return integrator.integrate(MAX_EVALUATIONS, logZ -> {
            double zb = Math.exp(logZ);
            return zb * profileWindMps(ADVECTION_HEIGHT_FACTOR * zb)
                    * phiHeat(STABILITY_HEIGHT_FACTOR * zb / obukhovLengthM) / (VON_KARMAN * frictionVelocityMps);
        }, Math.log(lowestM), Math.log(zBarM));
    }

    /**
     * Wind speed (m/s) of the Monin–Obukhov profile u(z) = (u* / k)·[ln(z/z0) − ψm(z/L)] (Dyer 1974,
     * Paulson 1970), not scaled to any measurement.
     */
    static double similarityWindSpeedMps(double heightM, double frictionVelocityMps, double obukhovLengthM,
                                         double roughnessLengthM) {
        return frictionVelocityMps / VON_KARMAN
                * (Math.log(heightM / roughnessLengthM) - psiMomentum(heightM / obukhovLengthM));
    }

    /** Integrated stability function ψm(ζ): −5ζ for ζ ≥ 0 (Dyer 1974); Paulson (1970) with γ = 16 for ζ &lt; 0. */
    static double psiMomentum(double zeta) {
        if (zeta >= 0) {
            return -5 * zeta;
        }
        double a = Math.pow(1 - 16 * zeta, 0.25);
        return 2 * Math.log((1 + a) / 2) + Math.log((1 + a * a) / 2) - 2 * Math.atan(a) + Math.PI / 2;
    }

    /** Dimensionless temperature gradient φh(ζ): 1 + 5ζ for ζ ≥ 0, (1 − 16ζ)^−½ for ζ &lt; 0 (Dyer 1974). */
    static double phiHeat(double zeta) {
        return zeta >= 0 ? 1 + 5 * zeta : 1 / Math.sqrt(1 - 16 * zeta);
    }

    /** Pasquill (1976) factor f(x) in σy = σθ·x·f(x). */
    static double pasquillLateralFactor(double xM) {
        int last = PASQUILL_X_M.length - 1;
        if (xM >= PASQUILL_X_M[last]) {
            return PASQUILL_F[last] * Math.sqrt(PASQUILL_X_M[last] / xM);
        }
        int i = 1;
        while (xM > PASQUILL_X_M[i]) {
            i++;
        }
        double w = (xM - PASQUILL_X_M[i - 1]) / (PASQUILL_X_M[i] - PASQUILL_X_M[i - 1]);
        return PASQUILL_F[i - 1] + w * (PASQUILL_F[i] - PASQUILL_F[i - 1]);
    }

    /** van Ulden (1978) amplitude A = s·Γ(2/s)/Γ(1/s)² of the profile exp(−(B·z/z̄)^s). */
    static double profileAmplitude(double shape) {
        double g = Gamma.gamma(1 / shape);
        return shape * Gamma.gamma(2 / shape) / (g * g);
    }

    private static void requirePositive(double value, String what, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0 " + unit + " and finite, got " + value);
        }
    }
}
