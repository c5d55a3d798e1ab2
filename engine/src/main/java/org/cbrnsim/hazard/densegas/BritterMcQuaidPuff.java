package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.VirtualSourceSpread;

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
 * {@code britter_mcquaid_puff.jl} [S]; casualty-mechanisms.md §5.1): a flat cylinder whose centre moves at
 * 0.4·u and whose radius grows by gravity spreading, R² = R<sub>0</sub>² + 1.2·(g<sub>o</sub>V<sub>0</sub>)<sup>½</sup>·t,
 * with R<sub>0</sub> = (3V<sub>0</sub>/4π)<sup>1/3</sup>, until its centre reaches the last curve at x<sub>e</sub>
 * (time t<sub>e</sub> = x<sub>e</sub>/(0.4u)); after that the cloud is passive and no longer slumps. Inside the
 * cylinder's footprint the concentration is the top-hat value c<sub>0</sub>·C*(x/L), outside it zero; its depth
 * follows from continuity, H = M/(c<sub>0</sub>C*·πR²) (casualty-mechanisms.md §5.1).
 *
 * <p>Beyond x<sub>e</sub> the cloud is a passive Gaussian puff of mass M on the ground, centre value
 * 2M/((2π)<sup>3/2</sup>σ<sub>y</sub>²σ<sub>z</sub>) with σ<sub>x</sub> = σ<sub>y</sub> (dispersion.md §2.1),
 * moving at u from x<sub>e</sub> at t<sub>e</sub>. It starts with the dense cloud's mass, width and ground
 * concentration: the disc of radius R<sub>e</sub> becomes σ<sub>y</sub> = R<sub>e</sub>/√2 (same mass per area at
 * the centre) and the layer of depth H<sub>e</sub> becomes σ<sub>z</sub> = H<sub>e</sub>·√(2/π) (same ground value of a
 * ground-reflected Gaussian), grown on from virtual distances ({@link VirtualSourceSpread}).
 */
public final class BritterMcQuaidPuff extends BritterMcQuaidCloud {

    private static final double ADVECTION_FRACTION = 0.4;
    private static final double SPREADING_COEFFICIENT = 1.2;

    private final double massKg;
    private final double windSpeed10mMps;
    private final double initialRadiusM;
    private final double radiusGrowthM2PerS;
    private final VirtualSourceSpread passive;

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
                        * Math.cbrt(source.volumeM3(massKg)) / Math.pow(air.windSpeed10mMps(), 2))));
        double volume = source.volumeM3(massKg);
        this.massKg = massKg;
        this.windSpeed10mMps = air.windSpeed10mMps();
        this.initialRadiusM = Math.cbrt(3 * volume / (4 * Math.PI));
        this.radiusGrowthM2PerS = SPREADING_COEFFICIENT * Math.sqrt(reducedGravity * volume);
        double radiusM = radiusM(transitionTimeS());
        double depthM = massKg / (denseKgPerM3(transitionM()) * Math.PI * radiusM * radiusM);
        this.passive = new VirtualSourceSpread(passiveSpread, radiusM / Math.sqrt(2), depthM * Math.sqrt(2 / Math.PI));
    }

    private static double requireMass(double massKg) {
        if (!(massKg > 0) || Double.isInfinite(massKg)) {
            throw new IllegalArgumentException("released mass must be > 0 kg and finite, got " + massKg);
        }
        return massKg;
    }

    /** Time (s) at which the cloud's centre reaches the end of the correlations and the cloud turns passive. */
    public double transitionTimeS() {
        return transitionM() / (ADVECTION_FRACTION * windSpeed10mMps);
    }

    /** Radius R(t) (m) of the slumping cylinder, t ≤ {@link #transitionTimeS()}. */
    public double radiusM(double tS) {
        return Math.sqrt(initialRadiusM * initialRadiusM + radiusGrowthM2PerS * Math.min(tS, transitionTimeS()));
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        if (tS < 0) {
            return 0.0;
        }
        double u = windSpeed10mMps;
        if (tS <= transitionTimeS() && xM <= transitionM()) {
            double radius = radiusM(tS);
            double dx = xM - ADVECTION_FRACTION * u * tS;
            return dx * dx + yM * yM <= radius * radius ? denseKgPerM3(xM) : 0.0;
        }
        if (xM <= transitionM()) {
            return 0.0;
        }
        double centreM = transitionM() + u * (tS - transitionTimeS());
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
        double travel = xM - transitionM();
        double sy = passive.sigmaYM(travel);
        double r2 = fromCentreM * fromCentreM + yM * yM;
        return 2 * massKg / (Math.pow(2 * Math.PI, 1.5) * sy * sy * passive.sigmaZM(travel)) * Math.exp(-r2 / (2 * sy * sy));
    }

    /**
     * Greatest crosswind half-width (m) the spreading cylinder covers at downwind distance x ≤
     * {@link #transitionM()} while it is dense: the maximum over 0 ≤ t ≤ t<sub>e</sub> of
     * √(R(t)² − (x − 0.4ut)²), zero where it never arrives.
     */
    public double halfWidthM(double xM) {
        double v = ADVECTION_FRACTION * windSpeed10mMps;
        double k = radiusGrowthM2PerS;
        double bestT = Math.min(transitionTimeS(), Math.max(0.0, xM / v + k / (2 * v * v)));
        double dx = xM - v * bestT;
        double squared = initialRadiusM * initialRadiusM + k * bestT - dx * dx;
        return squared > 0 ? Math.sqrt(squared) : 0.0;
    }

    /** Farthest reach (m) of the slumping cylinder upwind of the source while it is dense: max over t ≤ t<sub>e</sub> of R(t) − 0.4ut. */
    public double upwindExtentM() {
        double v = ADVECTION_FRACTION * windSpeed10mMps;
        double k = radiusGrowthM2PerS;
        double bestT = Math.min(transitionTimeS(), Math.max(0.0, k / (4 * v * v) - initialRadiusM * initialRadiusM / k));
        return Math.max(initialRadiusM, radiusM(bestT) - v * bestT);
    }
}
