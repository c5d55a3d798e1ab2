package org.cbrnsim.hazard.effects;

import java.util.Optional;

import org.cbrnsim.hazard.substance.GuidelineDuration;
import org.cbrnsim.hazard.substance.GuidelineTable;
import org.cbrnsim.hazard.substance.Substance;

/**
 * Which guideline tier (AEGL, else ERPG, else PAC: ALOHA's order, dispersion.md §1.8) a constant
 * concentration held for a given time exceeds.
 *
 * <p>Durations between the tabulated ones: the NRC derives its tabulated values with
 * Cⁿ·t = k (ten Berge et al. 1986) using a chemical-specific n, but the library holds no cited n
 * per chemical, so no scaling is done here. Instead the exposure is compared with the level of the
 * <em>next longer</em> tabulated duration that has a level — a lower level, hence conservative
 * (e.g. 45 min is compared with the 1-h AEGL). An exposure longer than every tabulated duration is
 * compared with the longest one (not conservative; this is also what ALOHA does with its 60-min
 * levels). A tier that is not recommended or unknown at every duration is skipped.
 */
public final class AeglTier {

    private AeglTier() {
    }

    /**
     * The highest tier (1–3) whose level the concentration exceeds (strictly) for an exposure of
     * {@code exposureS}; 0 when it exceeds none of the tiers that have a level, or the substance has
     * no guidelines. ppm levels are compared at {@code temperatureK} and {@code pressurePa}.
     */
    public static int highestTierExceeded(Substance substance, double concentrationKgPerM3, double exposureS,
                                          double temperatureK, double pressurePa) {
        if (!(concentrationKgPerM3 >= 0)) {
            throw new IllegalArgumentException("concentration must be >= 0 kg/m³, got " + concentrationKgPerM3);
        }
        Optional<GuidelineTable> preferred = substance.guidelines().preferred();
        if (preferred.isEmpty()) {
            return 0;
        }
        GuidelineTable table = preferred.get();
        double concentration = table.unit().fromKgPerM3(concentrationKgPerM3,
                substance.molarMassKgPerMol(), temperatureK, pressurePa);
        for (int tier = 3; tier >= 1; tier--) {
            Optional<GuidelineDuration> duration = governingDuration(table, tier, exposureS);
            if (duration.isPresent() && concentration > table.value(tier, duration.get()).level().getAsDouble()) {
                return tier;
            }
        }
        return 0;
    }

    /**
     * The tabulated duration whose level of {@code tier} governs an exposure of {@code exposureS}:
     * the shortest duration at least as long as the exposure that has a level, else the longest
     * duration that has one; empty when the tier has no level at all.
     */
    public static Optional<GuidelineDuration> governingDuration(GuidelineTable table, int tier, double exposureS) {
        if (!(exposureS > 0)) {
            throw new IllegalArgumentException("exposure time must be > 0 s, got " + exposureS);
        }
        GuidelineDuration longest = null;
        for (GuidelineDuration duration : GuidelineDuration.values()) {
            if (table.value(tier, duration).level().isPresent()) {
                if (duration.seconds() >= exposureS) {
                    return Optional.of(duration);
                }
                longest = duration;
            }
        }
        return Optional.ofNullable(longest);
    }
}
