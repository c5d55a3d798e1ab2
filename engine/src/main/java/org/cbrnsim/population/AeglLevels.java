package org.cbrnsim.population;

import java.util.Optional;

import org.cbrnsim.hazard.effects.AeglTier;
import org.cbrnsim.hazard.substance.GuidelineDuration;
import org.cbrnsim.hazard.substance.GuidelineTable;

/**
 * The substance's guideline levels (AEGL, else ERPG, else PAC) in kg/m³, tabulated per tier and per
 * exposure-duration bin so that the per-resident comparison is a few array reads. The bins follow
 * {@link AeglTier#governingDuration}: an exposure of up to 10 min is judged against the 10-min
 * level, up to 30 min against the 30-min level, …, longer than 8 h against the 8-h level, always
 * taking the next longer tabulated duration that has a level (the rule {@link AeglTier} documents).
 * The comparison is strict, as in {@link AeglTier#highestTierExceeded}.
 */
public final class AeglLevels {

    private static final GuidelineDuration[] DURATIONS = GuidelineDuration.values();
    private static final int TIERS = 3;

    /** [tier − 1][bin]; NaN where the tier has no level. */
    private final double[][] levelKgPerM3 = new double[TIERS][DURATIONS.length + 1];
    private final double lowestKgPerM3;

    /** The levels of {@code health}'s substance, in kg/m³ at its air state. */
    public AeglLevels(HealthParameters health) {
        double lowest = Double.NaN;
        Optional<GuidelineTable> preferred = health.substance().guidelines().preferred();
        for (int tier = 1; tier <= TIERS; tier++) {
            for (int bin = 0; bin <= DURATIONS.length; bin++) {
                double level = Double.NaN;
                if (preferred.isPresent()) {
                    GuidelineTable table = preferred.get();
                    double exposureS = bin < DURATIONS.length ? DURATIONS[bin].seconds() : Double.MAX_VALUE;
                    Optional<GuidelineDuration> governing = AeglTier.governingDuration(table, tier, exposureS);
                    if (governing.isPresent()) {
                        level = table.unit().toKgPerM3(table.value(tier, governing.get()).level().getAsDouble(),
                                health.substance().molarMassKgPerMol(), health.temperatureK(), health.pressurePa());
                        lowest = Double.isNaN(lowest) ? level : Math.min(lowest, level);
                    }
                }
                levelKgPerM3[tier - 1][bin] = level;
            }
        }
        lowestKgPerM3 = lowest;
    }

    /**
     * The lowest level of any tier and duration (kg/m³): the level of concern that starts the
     * exposure clock; NaN without a table.
     */
    public double lowestKgPerM3() {
        return lowestKgPerM3;
    }

    /** The duration bin of an exposure lasting {@code exposureS}. */
    public static int bin(double exposureS) {
        int bin = 0;
        while (bin < DURATIONS.length && exposureS > DURATIONS[bin].seconds()) {
            bin++;
        }
        return bin;
    }

    /** The highest tier (1–3) whose level in bin {@code bin} the concentration exceeds strictly; 0 for none. */
    public int tierExceeded(double concentrationKgPerM3, int bin) {
        for (int tier = TIERS; tier >= 1; tier--) {
            if (concentrationKgPerM3 > levelKgPerM3[tier - 1][bin]) {
                return tier;
            }
        }
        return 0;
    }
}
