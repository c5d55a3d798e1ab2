package org.cbrnsim.hazard.source;

import java.util.Locale;

/**
 * A direct release at a constant rate for a given time (ALOHA's "direct" source with a rate:
 * dispersion.md §1.9). The gas enters the air at ambient temperature.
 */
public final class ContinuousRelease extends AmbientGasRelease {

    private final double rateKgPerS;
    private final double durationS;

    /**
     * @param rateKgPerS        emission rate (kg/s, &gt; 0)
     * @param durationS         duration (s, &gt; 0)
     * @param molarMassKgPerMol molar mass of the gas (kg/mol, &gt; 0)
     */
    public ContinuousRelease(double rateKgPerS, double durationS, double molarMassKgPerMol) {
        super(molarMassKgPerMol);
        this.rateKgPerS = Require.positive("release rate", rateKgPerS, "kg/s");
        this.durationS = Require.positive("release duration", durationS, "s");
    }

    @Override
    public double rateKgPerS(double tS) {
        return tS >= 0 && tS < durationS ? rateKgPerS : 0;
    }

    @Override
    public double durationS() {
        return durationS;
    }

    @Override
    public double releasedMassKg(double tS) {
        return rateKgPerS * Math.min(Math.max(tS, 0), durationS);
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "continuous release of %.4g kg/s for %.4g s (%.4g kg)",
                rateKgPerS, durationS, rateKgPerS * durationS);
    }
}
