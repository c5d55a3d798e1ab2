package org.cbrnsim.hazard.substance;

import java.util.List;
import java.util.Objects;

/**
 * The three tiers of one guideline system for one substance, in one unit.
 *
 * @param system AEGL, ERPG or PAC
 * @param unit   unit of every level in the table
 * @param tiers  tiers 1, 2 and 3, in that order
 */
public record GuidelineTable(GuidelineSystem system, ConcentrationUnit unit, List<GuidelineTier> tiers) {

    /** Requires tiers 1, 2 and 3 in order. */
    public GuidelineTable {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(unit, "unit");
        tiers = List.copyOf(tiers);
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.size() != 3 || tiers.get(i).tier() != i + 1) {
                throw new IllegalArgumentException("a guideline table needs tiers 1, 2 and 3, in that order");
            }
        }
    }

    /** Tier 1, 2 or 3. */
    public GuidelineTier tier(int tier) {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("guideline tier must be 1, 2 or 3, got " + tier);
        }
        return tiers.get(tier - 1);
    }

    /** The cell of {@code tier} at {@code duration}. */
    public GuidelineValue value(int tier, GuidelineDuration duration) {
        return tier(tier).value(duration);
    }
}
