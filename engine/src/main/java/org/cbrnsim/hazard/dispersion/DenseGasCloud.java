package org.cbrnsim.hazard.dispersion;

/**
 * A dense cloud from a release of finite duration, after Britter &amp; McQuaid (1988): at each
 * downwind distance the {@link BritterMcQuaidReleaseMode} decides whether the continuous plume
 * ({@link BritterMcQuaidPlume}) or the instantaneous puff ({@link BritterMcQuaidPuff}, the whole mass
 * released at once) describes it. In the intermediate range both are upper bounds (the plume ignores
 * along-wind dilution, the puff the spreading of the release over time), and the model with the lower
 * centreline peak at that distance is used, as the workbook advises for intermediate releases
 * [M: not re-read here].
 */
public final class DenseGasCloud implements ReleaseCloud {

    private final double windSpeed10mMps;
    private final double durationS;
    private final BritterMcQuaidPlume plume;
    private final BritterMcQuaidPuff puff;

    /**
     * @param rateKgPerS  release rate (kg/s), &gt; 0
     * @param durationS   release duration (s), &gt; 0 and finite
     * @param source      the cloud at the source, denser than the air
     * @param air         ambient air and wind speed at 10 m
     * @param plumeSpread σy, σz of the passive plume beyond the plume correlations
     * @param puffSpread  σx = σy, σz of the passive puff beyond the puff correlations
     */
    public DenseGasCloud(double rateKgPerS, double durationS, DenseGasSourceCloud source, DenseGasAtmosphere air,
            PlumeSpread plumeSpread, PlumeSpread puffSpread) {
        if (!(durationS > 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("release duration must be > 0 s and finite, got " + durationS);
        }
        this.windSpeed10mMps = air.windSpeed10mMps();
        this.durationS = durationS;
        this.plume = new BritterMcQuaidPlume(rateKgPerS, durationS, source, air, plumeSpread);
        this.puff = new BritterMcQuaidPuff(rateKgPerS * durationS, source, air, puffSpread);
    }

    /** The cloud model in charge at downwind distance x. */
    public ReleaseCloud modelAt(double xM) {
        return switch (BritterMcQuaidReleaseMode.at(windSpeed10mMps, durationS, xM)) {
            case CONTINUOUS -> plume;
            case INSTANTANEOUS -> puff;
            case INTERMEDIATE -> plume.peakKgPerM3(xM, 0) <= puff.peakKgPerM3(xM, 0) ? plume : puff;
        };
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        return modelAt(xM).concentrationKgPerM3(xM, yM, tS);
    }

    @Override
    public double peakKgPerM3(double xM, double yM) {
        return modelAt(xM).peakKgPerM3(xM, yM);
    }

    @Override
    public String modelName() {
        return "Britter-McQuaid finite release: plume where u·T/x ≥ 2.5, puff where ≤ 0.6, the lower of the two between; "
                + plume.modelName() + "; " + puff.modelName();
    }
}
