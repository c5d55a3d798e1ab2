package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.VirtualSourceSpread;
/**
 * Continuous ground-level dense-gas plume after Britter &amp; McQuaid (1988), <i>Workbook on the
 * Dispersion of Dense Gases</i>, HSE CRR 17/1988, with the curve fits of CCPS (1999) §2.3.3 (see
 * {@link BritterMcQuaidCorrelation}), joined to a passive Gaussian plume where the correlations end.
 *
 * <p>With q<sub>0</sub> = ṁ/c<sub>0</sub> the volume flow of source cloud (see {@link DenseGasSourceCloud}), u the wind
 * speed at 10 m and g<sub>o</sub> = g(ρ<sub>0</sub> − ρ<sub>a</sub>)/ρ<sub>a</sub>: length scale D = (q<sub>0</sub>/u)<sup>½</sup>,
 * α = ⅕·log<sub>10</sub>(g<sub>o</sub>²q<sub>0</sub>/u⁵), and the centreline dilution C*(x/D) from the
 * correlations. The mass concentration is c<sub>0</sub>·C*.
 *
 * <p>Crosswind profile: the workbook's top hat. Buoyancy length l<sub>b</sub> = q<sub>0</sub>g<sub>o</sub>/u³;
 * upwind extent L<sub>U</sub> = D/2 + 2l<sub>b</sub>; half-width at the source L<sub>H0</sub> = D + 8l<sub>b</sub>;
 * half-width downwind L<sub>H</sub>(x) = L<sub>H0</sub> + 2.5·(l<sub>b</sub>x²)<sup>1/3</sup> (Britter &amp; McQuaid 1988,
 * as transcribed by A. Farrell, "Taking a second look at the Britter-McQuaid model", 2023 [S]; L<sub>H</sub>
 * taken as the half-width, as the TNO Yellow Book, CPR 14E ch. 4, labels it [S, via Farrell]). Inside the top hat the
 * concentration is the centreline value, outside it is zero. The upwind region
 * −L<sub>U</sub> ≤ x ≤ 0, |y| ≤ L<sub>H0</sub> is held at the source concentration (a conservative box, as
 * Farrell 2023 and the Yellow Book recommend).
 *
 * <p>Finite releases [A]: a release of duration T spreads sideways and upwind no farther than its whole
 * volume q<sub>0</sub>T would as one Britter–McQuaid puff ({@link BritterMcQuaidPuff#halfWidthM},
 * {@link BritterMcQuaidPuff#upwindExtentM}), because the puff law R² = R<sub>0</sub>² + 1.2(g<sub>o</sub>V)<sup>½</sup>t
 * spreads faster the larger the volume, and the workbook's plume extents assume a release long enough to reach
 * its steady state (it calls a release continuous only where u·T/x ≥ 2.5, CCPS 1999 §2.3.3 [K]). Without this
 * bound l<sub>b</sub> = 4.5 km for 50 t of chlorine let out in a minute at 1 m/s, and the plume would be 80 km wide.
 *
 * <p>Beyond the last curve (C* = 0.002, at x<sub>e</sub>) the cloud is taken as passive: a ground-level
 * Gaussian plume ({@link GaussianPlume}, the given {@link PlumeSpread}, carried by the passive transport
 * wind u<sub>p</sub>) that starts with the dense plume's width and concentration: σ<sub>y0</sub> = L<sub>H</sub>(x<sub>e</sub>)·√(2/π)
 * (a top hat of half-width L<sub>H</sub> and a Gaussian of that σ<sub>y</sub> carry the same flux at the same
 * centre value) and σ<sub>z0</sub> = ṁ/(π σ<sub>y0</sub> u<sub>p</sub> c<sub>0</sub>C*(x<sub>e</sub>)) (mass flux conserved),
 * grown on from separate virtual distances ({@link VirtualSourceSpread}).
 *
 * <p>Time: the cloud is at its steady value from its arrival x/u (the 10 m wind) until the release
 * ends {@code durationS} later, zero otherwise; at and upwind of the source from t = 0. Concentrations
 * are at ground level.
 */
public final class BritterMcQuaidPlume extends BritterMcQuaidCloud {

    private final double rateKgPerS;
    private final double durationS;
    private final double windSpeed10mMps;
    private final double airTemperatureK;
    private final double buoyancyLengthM;
    private final BritterMcQuaidPuff wholeRelease;
    private final GaussianPlume passivePlume;

    /**
     * A plume whose passive part is carried by the 10 m wind.
     *
     * @param rateKgPerS    release rate (kg/s), &gt; 0
     * @param durationS     release duration (s), &gt; 0; {@code Double.POSITIVE_INFINITY} for a release that does not stop
     * @param source        the cloud at the source: density (denser than the air), temperature, released-material concentration
     * @param air           ambient air density and temperature, wind speed at 10 m
     * @param passiveSpread σy(x), σz(x) for the passive plume beyond the correlations
     */
    public BritterMcQuaidPlume(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread) {
        this(rateKgPerS, durationS, source, air, passiveSpread, air.windSpeed10mMps());
    }

    /**
     * As above, with the passive part carried by {@code passiveWindMps} (m/s), &gt; 0.
     */
    public BritterMcQuaidPlume(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread, double passiveWindMps) {
        this(denseReducedGravityMps2(source, air, passiveSpread), requireRate(rateKgPerS), requireDuration(durationS),
                source, air, passiveSpread, passiveWindMps);
    }

    private BritterMcQuaidPlume(double reducedGravity, double rateKgPerS, double durationS, DenseGasSourceCloud source,
            DenseGasAtmosphere air, PlumeSpread passiveSpread, double passiveWindMps) {
        super("plume", source, passiveSpread,
                Math.sqrt(source.volumeM3(rateKgPerS) / air.windSpeed10mMps()),
                BritterMcQuaidCorrelation.CONTINUOUS.profile(0.2 * Math.log10(reducedGravity * reducedGravity
                        * source.volumeM3(rateKgPerS) / Math.pow(air.windSpeed10mMps(), 5))));
        if (!(passiveWindMps > 0) || Double.isInfinite(passiveWindMps)) {
            throw new IllegalArgumentException("passive transport wind must be finite and > 0 m/s, got " + passiveWindMps);
        }
        double u = air.windSpeed10mMps();
        this.rateKgPerS = rateKgPerS;
        this.durationS = durationS;
        this.windSpeed10mMps = u;
        this.airTemperatureK = air.airTemperatureK();
        this.buoyancyLengthM = source.volumeM3(rateKgPerS) * reducedGravity / (u * u * u);
        this.wholeRelease = Double.isInfinite(durationS) ? null
                : new BritterMcQuaidPuff(rateKgPerS * durationS, source, air, passiveSpread);
        double sigmaY0 = handOverSigmaYM();
        double sigmaZ0 = rateKgPerS / (Math.PI * sigmaY0 * passiveWindMps * denseKgPerM3(transitionM()));
        this.passivePlume = new GaussianPlume(0.0, passiveWindMps, new VirtualSourceSpread(passiveSpread, sigmaY0, sigmaZ0));
    }

    private static double requireRate(double rateKgPerS) {
        if (!(rateKgPerS > 0) || Double.isInfinite(rateKgPerS)) {
            throw new IllegalArgumentException("release rate must be > 0 kg/s and finite, got " + rateKgPerS);
        }
        return rateKgPerS;
    }

    private static double requireDuration(double durationS) {
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("release duration must be > 0 s, got " + durationS);
        }
        return durationS;
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        double arrivalS = Math.max(xM, 0) / windSpeed10mMps;
        if (tS < arrivalS || tS - arrivalS >= durationS) {
            return 0.0;
        }
        return peakKgPerM3(xM, yM);
    }

    @Override
    public double peakKgPerM3(double xM, double yM) {
        if (xM < -upwindExtentM()) {
            return 0.0;
        }
        if (xM > transitionM()) {
            return rateKgPerS * passivePlume.concentrationPerRate(xM - transitionM(), yM, 0);
        }
        return Math.abs(yM) <= halfWidthM(xM) ? denseKgPerM3(xM) : 0.0;
    }

    /** Centreline concentration c<sub>0</sub>·C*(x/D) (kg/m³) of the dense plume, for x ≤ {@link #transitionM()}. */
    public double denseCentrelineKgPerM3(double xM) {
        return denseKgPerM3(xM);
    }

    /** σy (m) of the passive plume where it takes over: L<sub>H</sub>(x<sub>e</sub>)·√(2/π). */
    public double handOverSigmaYM() {
        return halfWidthM(transitionM()) * Math.sqrt(2 / Math.PI);
    }

    /** Centreline mole (volume) fraction of source-cloud material (for a pure vapour: of the released gas) at x, non-isothermal correction included. */
    public double centrelineVolumeFraction(double xM) {
        double dilution = peakKgPerM3(xM, 0) / source().releasedConcentrationKgPerM3();
        return source().volumeFraction(dilution, airTemperatureK);
    }

    /**
     * Top-hat half-width L<sub>H</sub> (m) of the dense plume at x ≤ {@link #transitionM()}, L<sub>H0</sub> upwind of the
     * source; for a finite release at most the half-width its whole volume reaches as one puff.
     */
    public double halfWidthM(double xM) {
        double atSource = lengthScaleM() + 8 * buoyancyLengthM;
        double workbook = xM <= 0 ? atSource : atSource + 2.5 * Math.cbrt(buoyancyLengthM * xM * xM);
        return wholeRelease == null ? workbook
                : Math.min(workbook, wholeRelease.halfWidthM(Math.min(Math.max(xM, 0), wholeRelease.transitionM())));
    }

    /**
     * Half-width (m) of the part of this plume that has travelled x in {@code ageS} seconds: {@link #halfWidthM(double)},
     * for a finite release at most the radius R(t) its whole volume has as one puff at that age [A].
     */
    public double halfWidthM(double xM, double ageS) {
        double steady = halfWidthM(xM);
        return wholeRelease == null ? steady : Math.min(steady, wholeRelease.radiusM(ageS));
    }

    /** Upwind extent L<sub>U</sub> = D/2 + 2l<sub>b</sub> (m); for a finite release at most its whole volume's as one puff. */
    public double upwindExtentM() {
        double workbook = lengthScaleM() / 2 + 2 * buoyancyLengthM;
        return wholeRelease == null ? workbook : Math.min(workbook, wholeRelease.upwindExtentM());
    }
}
