package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
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
 * <p>Beyond the last curve (C* = 0.002, at x<sub>e</sub>) the cloud is taken as passive: a ground-level
 * Gaussian plume ({@link GaussianPlume}, transported by the 10 m wind, the given {@link PlumeSpread})
 * from a virtual source placed so that its centreline concentration equals c<sub>0</sub>·C*(x<sub>e</sub>) at
 * x<sub>e</sub>, i.e. at x &gt; x<sub>e</sub> the Gaussian is evaluated at x − x<sub>e</sub> + ξ<sub>v</sub>.
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
    private final GaussianPlume passivePlume;

    /**
     * @param rateKgPerS    release rate (kg/s), &gt; 0
     * @param durationS     release duration (s), &gt; 0; {@code Double.POSITIVE_INFINITY} for a release that does not stop
     * @param source        the cloud at the source: density (denser than the air), temperature, released-material concentration
     * @param air           ambient air density and temperature, wind speed at 10 m
     * @param passiveSpread σy(x), σz(x) for the passive plume beyond the correlations
     */
    public BritterMcQuaidPlume(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread) {
        this(denseReducedGravityMps2(source, air, passiveSpread), requireRate(rateKgPerS), requireDuration(durationS),
                source, air, new GaussianPlume(0.0, air.windSpeed10mMps(), passiveSpread));
    }

    private BritterMcQuaidPlume(double reducedGravity, double rateKgPerS, double durationS, DenseGasSourceCloud source,
            DenseGasAtmosphere air, GaussianPlume passivePlume) {
        super("plume", source, passivePlume.spread(),
                Math.sqrt(source.volumeM3(rateKgPerS) / air.windSpeed10mMps()),
                BritterMcQuaidCorrelation.CONTINUOUS.profile(0.2 * Math.log10(reducedGravity * reducedGravity
                        * source.volumeM3(rateKgPerS) / Math.pow(air.windSpeed10mMps(), 5))),
                xi -> rateKgPerS * passivePlume.concentrationPerRate(xi, 0, 0));
        double u = air.windSpeed10mMps();
        this.rateKgPerS = rateKgPerS;
        this.durationS = durationS;
        this.windSpeed10mMps = u;
        this.airTemperatureK = air.airTemperatureK();
        this.buoyancyLengthM = source.volumeM3(rateKgPerS) * reducedGravity / (u * u * u);
        this.passivePlume = passivePlume;
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
            return rateKgPerS * passivePlume.concentrationPerRate(passiveTravelM(xM), yM, 0);
        }
        return Math.abs(yM) <= halfWidthM(xM) ? denseKgPerM3(xM) : 0.0;
    }

    /** Centreline mole (volume) fraction of source-cloud material (for a pure vapour: of the released gas) at x, non-isothermal correction included. */
    public double centrelineVolumeFraction(double xM) {
        double dilution = peakKgPerM3(xM, 0) / source().releasedConcentrationKgPerM3();
        return source().volumeFraction(dilution, airTemperatureK);
    }

    /** Top-hat half-width L<sub>H</sub> (m) of the dense plume at x ≤ {@link #transitionM()}; L<sub>H0</sub> upwind of the source. */
    public double halfWidthM(double xM) {
        double atSource = lengthScaleM() + 8 * buoyancyLengthM;
        return xM <= 0 ? atSource : atSource + 2.5 * Math.cbrt(buoyancyLengthM * xM * xM);
    }

    /** Upwind extent L<sub>U</sub> = D/2 + 2l<sub>b</sub> (m). */
    public double upwindExtentM() {
        return lengthScaleM() / 2 + 2 * buoyancyLengthM;
    }
}
