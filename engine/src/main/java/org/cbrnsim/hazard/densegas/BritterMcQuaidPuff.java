package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
/**
 * Instantaneous ground-level dense-gas release after Britter &amp; McQuaid (1988), <i>Workbook on the
 * Dispersion of Dense Gases</i>, HSE CRR 17/1988, with the curve fits of CCPS (1999) §2.3.3 (see
 * {@link BritterMcQuaidCorrelation}), joined to a passive Gaussian puff where the correlations end.
 *
 * <p>With V<sub>0</sub> = M/c<sub>0</sub> the initial volume of source cloud, u the wind speed at 10 m and
 * g<sub>o</sub> = g(ρ<sub>0</sub> − ρ<sub>a</sub>)/ρ<sub>a</sub>: length scale L = V<sub>0</sub><sup>1/3</sup>,
 * α = ½·log<sub>10</sub>(g<sub>o</sub>L/u²), and the dilution C*(x/L) from the correlations at the
 * receptor's downwind distance x; the mass concentration is c<sub>0</sub>·C*.
 *
 * <p>Cloud shape and motion (the workbook's box model, as transcribed in GasDispersion.jl
 * {@code britter_mcquaid_puff.jl} [S]): a flat cylinder whose centre moves at 0.4·u and whose radius
 * grows by gravity spreading, R² = R<sub>0</sub>² + 1.2·(g<sub>o</sub>V<sub>0</sub>)<sup>½</sup>·t, with
 * R<sub>0</sub> = (3V<sub>0</sub>/4π)<sup>1/3</sup>. Inside the cylinder's footprint the concentration is the
 * top-hat value c<sub>0</sub>·C*(x/L), outside it zero.
 *
 * <p>Beyond the last curve (C* = 0.001, at x<sub>e</sub>, reached at t<sub>e</sub> = x<sub>e</sub>/(0.4u)) the
 * cloud is a passive Gaussian puff of mass M on the ground, centre value
 * 2M/((2π)<sup>3/2</sup>σ<sub>x</sub>σ<sub>y</sub>σ<sub>z</sub>) with σ<sub>x</sub> = σ<sub>y</sub> (dispersion.md §2.1),
 * moving at u from x<sub>e</sub> at t<sub>e</sub>. The σ are those of the given spread at the receptor's
 * travel distance from a virtual source placed so that the centre value equals c<sub>0</sub>·C*(x<sub>e</sub>)
 * at x<sub>e</sub>. Concentrations are at ground level.
 */
public final class BritterMcQuaidPuff extends BritterMcQuaidCloud {

    private static final double ADVECTION_FRACTION = 0.4;
    private static final double SPREADING_COEFFICIENT = 1.2;

    private final double massKg;
    private final double windSpeed10mMps;
    private final double initialRadiusM;
    private final double radiusGrowthM2PerS;

    /**
     * @param massKg        mass released (kg), &gt; 0
     * @param source        the cloud at the source: density (denser than the air), temperature, released-material concentration
     * @param air           ambient air density and temperature, wind speed at 10 m
     * @param passiveSpread puff σy(x) = σx(x) and σz(x) for the passive puff beyond the correlations
     */
    public BritterMcQuaidPuff(double massKg, DenseGasSourceCloud source, DenseGasAtmosphere air, PlumeSpread passiveSpread) {
        this(denseReducedGravityMps2(source, air, passiveSpread), requireMass(massKg), source, air, passiveSpread);
    }

    private BritterMcQuaidPuff(double reducedGravity, double massKg, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread) {
        super("puff", source, passiveSpread, Math.cbrt(source.volumeM3(massKg)),
                BritterMcQuaidCorrelation.INSTANTANEOUS.profile(0.5 * Math.log10(reducedGravity
                        * Math.cbrt(source.volumeM3(massKg)) / Math.pow(air.windSpeed10mMps(), 2))),
                travel -> passiveCentreKgPerM3(massKg, passiveSpread, travel));
        double volume = source.volumeM3(massKg);
        this.massKg = massKg;
        this.windSpeed10mMps = air.windSpeed10mMps();
        this.initialRadiusM = Math.cbrt(3 * volume / (4 * Math.PI));
        this.radiusGrowthM2PerS = SPREADING_COEFFICIENT * Math.sqrt(reducedGravity * volume);
    }

    private static double requireMass(double massKg) {
        if (!(massKg > 0) || Double.isInfinite(massKg)) {
            throw new IllegalArgumentException("released mass must be > 0 kg and finite, got " + massKg);
        }
        return massKg;
    }

    private static double passiveCentreKgPerM3(double massKg, PlumeSpread spread, double travelM) {
        double sy = spread.sigmaYM(travelM);
        return 2 * massKg / (Math.pow(2 * Math.PI, 1.5) * sy * sy * spread.sigmaZM(travelM));
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        if (tS < 0) {
            return 0.0;
        }
        double u = windSpeed10mMps;
        if (xM <= transitionM()) {
            double radiusSq = initialRadiusM * initialRadiusM + radiusGrowthM2PerS * tS;
            double dx = xM - ADVECTION_FRACTION * u * tS;
            return dx * dx + yM * yM <= radiusSq ? denseKgPerM3(xM) : 0.0;
        }
        double centreM = transitionM() + u * (tS - transitionM() / (ADVECTION_FRACTION * u));
        return passiveKgPerM3(xM, yM, xM - centreM);
    }

    @Override
    public double peakKgPerM3(double xM, double yM) {
        if (xM <= transitionM()) {
            return Math.abs(yM) <= halfWidthM(xM) ? denseKgPerM3(xM) : 0.0;
        }
        return passiveKgPerM3(xM, yM, 0.0);
    }

    private double passiveKgPerM3(double xM, double yM, double fromCentreM) {
        double travel = passiveTravelM(xM);
        double sy = passiveSpread().sigmaYM(travel);
        double r2 = fromCentreM * fromCentreM + yM * yM;
        return passiveCentreKgPerM3(massKg, passiveSpread(), travel) * Math.exp(-r2 / (2 * sy * sy));
    }

    /**
     * Greatest crosswind half-width (m) the spreading cylinder covers at downwind distance x ≤
     * {@link #transitionM()}: the maximum over t ≥ 0 of √(R(t)² − (x − 0.4ut)²), zero where it never
     * arrives.
     */
    public double halfWidthM(double xM) {
        double v = ADVECTION_FRACTION * windSpeed10mMps;
        double k = radiusGrowthM2PerS;
        double bestT = Math.max(0.0, xM / v + k / (2 * v * v));
        double dx = xM - v * bestT;
        double squared = initialRadiusM * initialRadiusM + k * bestT - dx * dx;
        return squared > 0 ? Math.sqrt(squared) : 0.0;
    }
}
