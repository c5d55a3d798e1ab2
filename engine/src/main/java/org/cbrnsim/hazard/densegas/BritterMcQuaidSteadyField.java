package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import org.cbrnsim.hazard.dispersion.PlumeSpread;
import org.cbrnsim.hazard.dispersion.SteadyPlumeField;
import java.util.OptionalDouble;

/**
 * The steady ground-level field of a continuous dense release of one rate: the Britter &amp; McQuaid (1988)
 * plume ({@link BritterMcQuaidPlume}, its steady value, with the upwind source box and the passive Gaussian
 * continuation beyond the correlations), per unit of that rate. A release of finite duration is this field
 * smeared along the wind by {@link FiniteDurationPlume}, as ALOHA does for its heavy-gas model ("finite
 * duration is handled with the same Beals/Palazzi σx smearing", ALOHA 5.4.4 Technical Documentation, Jones et
 * al. 2013, §4.4; dispersion.md §1.7).
 *
 * <p>The dense field is not proportional to the rate (the plume's size and buoyancy depend on it), so the
 * field is built for one rate and {@link #fixedRateKgPerS()} says which: a dense release is smeared as one
 * step of that rate. The cloud travels at the 10 m wind speed, the speed the Britter–McQuaid correlations
 * are written in and that {@link BritterMcQuaidPlume} uses for the arrival time and the passive continuation.
 */
public final class BritterMcQuaidSteadyField implements SteadyPlumeField {

    private final double rateKgPerS;
    private final double windSpeed10mMps;
    private final BritterMcQuaidPlume plume;

    /**
     * @param rateKgPerS    release rate (kg/s), &gt; 0 and finite
     * @param source        the cloud at the source, denser than the air
     * @param air           ambient air and wind speed at 10 m
     * @param passiveSpread σy(x), σz(x) of the passive plume beyond the correlations
     */
    public BritterMcQuaidSteadyField(double rateKgPerS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread) {
        this(new BritterMcQuaidPlume(rateKgPerS, Double.POSITIVE_INFINITY, source, air, passiveSpread), rateKgPerS, air);
    }

    /**
     * The field of a release of finite duration, whose width is bounded by its whole volume
     * ({@link BritterMcQuaidPlume}) and whose passive part is carried by {@code passiveWindMps}.
     *
     * @param durationS      release duration (s), &gt; 0
     * @param passiveWindMps transport wind of the passive plume (m/s), &gt; 0
     */
    public BritterMcQuaidSteadyField(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread passiveSpread, double passiveWindMps) {
        this(new BritterMcQuaidPlume(rateKgPerS, durationS, source, air, passiveSpread, passiveWindMps), rateKgPerS, air);
    }

    private BritterMcQuaidSteadyField(BritterMcQuaidPlume plume, double rateKgPerS, DenseGasAtmosphere air) {
        this.plume = plume;
        this.rateKgPerS = rateKgPerS;
        this.windSpeed10mMps = air.windSpeed10mMps();
    }

    /** The steady ground-level concentration of the plume divided by its rate; {@code zM} must be 0. */
    @Override
    public double concentrationPerRate(double xM, double yM, double zM) {
        if (zM != 0) {
            throw new IllegalArgumentException("the Britter-McQuaid plume gives ground-level concentrations only (z = 0 m), got z = "
                    + zM + " m");
        }
        return plume.peakKgPerM3(xM, yM) / rateKgPerS;
    }

    /** The wind speed at 10 m (m/s). */
    @Override
    public double transportSpeedMps() {
        return windSpeed10mMps;
    }

    /** 0: the correlations give ground-level concentrations. */
    @Override
    public double highestReceptorHeightM() {
        return 0;
    }

    @Override
    public String name() {
        return plume.modelName();
    }

    @Override
    public OptionalDouble fixedRateKgPerS() {
        return OptionalDouble.of(rateKgPerS);
    }
}
