package org.cbrnsim.hazard.dispersion;

import java.util.Objects;

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
 * taken as the half-width, as in the TNO Yellow Book, CPR 14E eq. 4.104). Inside the top hat the
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
public final class BritterMcQuaidPlume implements ReleaseCloud {

    private final double durationS;
    private final DenseGasSourceCloud source;
    private final DenseGasAtmosphere air;
    private final PlumeSpread passiveSpread;
    private final double lengthScaleM;
    private final double buoyancyLengthM;
    private final BritterMcQuaidProfile profile;
    private final double transitionM;
    private final double rateKgPerS;
    private final GaussianPlume passivePlume;
    private final double virtualDistanceM;

    /**
     * @param rateKgPerS    release rate (kg/s), &gt; 0
     * @param durationS     release duration (s), &gt; 0; {@code Double.POSITIVE_INFINITY} for a release that does not stop
     * @param source        the cloud at the source: density (denser than the air), temperature, released-material concentration
     * @param air           ambient air density and temperature, wind speed at 10 m
     * @param passiveSpread σy(x), σz(x) for the passive plume beyond the correlations
     */
    public BritterMcQuaidPlume(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread) {
        if (!(rateKgPerS > 0) || Double.isInfinite(rateKgPerS)) {
            throw new IllegalArgumentException("release rate must be > 0 kg/s and finite, got " + rateKgPerS);
        }
        if (!(durationS > 0)) {
            throw new IllegalArgumentException("release duration must be > 0 s, got " + durationS);
        }
        this.source = Objects.requireNonNull(source, "source");
        this.air = Objects.requireNonNull(air, "air");
        this.passiveSpread = Objects.requireNonNull(passiveSpread, "passiveSpread");
        double reducedGravity = BritterMcQuaidPassiveJoin.denseReducedGravityMps2(source, air);
        double u = air.windSpeed10mMps();
        double volumeRate = source.volumeM3(rateKgPerS);
        this.rateKgPerS = rateKgPerS;
        this.durationS = durationS;
        this.lengthScaleM = Math.sqrt(volumeRate / u);
        this.buoyancyLengthM = volumeRate * reducedGravity / (u * u * u);
        double alpha = 0.2 * Math.log10(reducedGravity * reducedGravity * volumeRate / Math.pow(u, 5));
        this.profile = BritterMcQuaidCorrelation.CONTINUOUS.profile(alpha);
        this.transitionM = lengthScaleM * profile.endScaledDistance();
        this.passivePlume = new GaussianPlume(0.0, u, passiveSpread);
        double endConcentration = source.massConcentrationKgPerM3(profile.endRatio());
        this.virtualDistanceM = BritterMcQuaidPassiveJoin.virtualDistanceM(
                xi -> rateKgPerS * passivePlume.concentrationPerRate(xi, 0, 0), endConcentration);
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        double arrivalS = Math.max(xM, 0) / air.windSpeed10mMps();
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
        if (xM > transitionM) {
            return rateKgPerS * passivePlume.concentrationPerRate(xM - transitionM + virtualDistanceM, yM, 0);
        }
        if (Math.abs(yM) > halfWidthM(xM)) {
            return 0.0;
        }
        return source.massConcentrationKgPerM3(profile.ratioAt(xM / lengthScaleM));
    }

    /** Centreline mole (volume) fraction of source-cloud material (for a pure vapour: of the released gas) at x, non-isothermal correction included. */
    public double centrelineVolumeFraction(double xM) {
        double dilution = peakKgPerM3(xM, 0) / source.releasedConcentrationKgPerM3();
        return source.volumeFraction(dilution, air.airTemperatureK());
    }

    /** Top-hat half-width L<sub>H</sub> (m) of the dense plume at x ≤ {@link #transitionM()}; L<sub>H0</sub> upwind of the source. */
    public double halfWidthM(double xM) {
        double atSource = lengthScaleM + 8 * buoyancyLengthM;
        return xM <= 0 ? atSource : atSource + 2.5 * Math.cbrt(buoyancyLengthM * xM * xM);
    }

    /** Upwind extent L<sub>U</sub> = D/2 + 2l<sub>b</sub> (m). */
    public double upwindExtentM() {
        return lengthScaleM / 2 + 2 * buoyancyLengthM;
    }

    /** Downwind distance (m) where the correlations end and the passive Gaussian takes over. */
    public double transitionM() {
        return transitionM;
    }

    /** The buoyancy parameter α = ⅕·log<sub>10</sub>(g<sub>o</sub>²q<sub>0</sub>/u⁵). */
    public double alpha() {
        return profile.alpha();
    }

    @Override
    public String modelName() {
        return BritterMcQuaidPassiveJoin.modelName("plume", profile, transitionM, passiveSpread);
    }
}
