package org.cbrnsim.hazard.source;

import java.util.List;
import java.util.Locale;

/**
 * A mass released all at once (ALOHA's "direct" source with an amount: dispersion.md §1.9). A puff
 * model uses {@link #massKg()}; for a plume model ALOHA treats the release as lasting one minute
 * (dispersion.md §1.8 [M]), which {@link #rateKgPerS} and {@link #averagedSteps} give.
 */
public final class InstantaneousRelease extends AmbientGasRelease {

    /** Duration (s) over which ALOHA spreads an instantaneous release for its plume models. */
    public static final double ALOHA_EQUIVALENT_DURATION_S = 60;

    private final double massKg;

    /**
     * @param massKg            released mass (kg, &gt; 0)
     * @param molarMassKgPerMol molar mass of the gas (kg/mol, &gt; 0)
     */
    public InstantaneousRelease(double massKg, double molarMassKgPerMol) {
        super(molarMassKgPerMol);
        this.massKg = Require.positive("released mass", massKg, "kg");
    }

    /** The whole mass, released at t = 0, for a puff model (kg). */
    public double massKg() {
        return massKg;
    }

    /** The one-minute equivalent rate, mass / 60 s, during the first minute (kg/s). */
    @Override
    public double rateKgPerS(double tS) {
        return tS >= 0 && tS < ALOHA_EQUIVALENT_DURATION_S ? massKg / ALOHA_EQUIVALENT_DURATION_S : 0;
    }

    /** 0: the release is instantaneous. */
    @Override
    public double durationS() {
        return 0;
    }

    /** The whole mass from t = 0 on (the puff view). */
    @Override
    public double releasedMassKg(double tS) {
        return tS >= 0 ? massKg : 0;
    }

    @Override
    public double airborneMassKg() {
        return massKg;
    }

    /** ALOHA's one-minute step, mass / 60 s, whatever the number of steps or the horizon. */
    @Override
    public List<ReleaseStep> averagedSteps(int maxSteps, double horizonS) {
        StepAveraging.requireStepCount(maxSteps);
        return List.of(new ReleaseStep(0, ALOHA_EQUIVALENT_DURATION_S, massKg / ALOHA_EQUIVALENT_DURATION_S));
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "instantaneous release of %.4g kg", massKg);
    }
}
