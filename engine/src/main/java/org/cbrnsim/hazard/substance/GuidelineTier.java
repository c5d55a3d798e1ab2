package org.cbrnsim.hazard.substance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One tier (1 mild, 2 disabling, 3 life-threatening) of a guideline table: a cell for each
 * tabulated duration, and the source of the row.
 *
 * @param tier   1, 2 or 3
 * @param values a cell for every {@link GuidelineDuration}
 * @param source where the row's numbers come from
 */
public record GuidelineTier(int tier, Map<GuidelineDuration, GuidelineValue> values, String source) {

    /** Requires a tier 1–3, a cell for every duration and a source. */
    public GuidelineTier {
        if (tier < 1 || tier > 3) {
            throw new IllegalArgumentException("guideline tier must be 1, 2 or 3, got " + tier);
        }
        Objects.requireNonNull(source, "source");
        EnumMap<GuidelineDuration, GuidelineValue> copy = new EnumMap<>(GuidelineDuration.class);
        copy.putAll(values);
        if (copy.size() != GuidelineDuration.values().length) {
            throw new IllegalArgumentException("tier " + tier + " needs a value (number, NR or missing) for every duration"
                    + " 10 min, 30 min, 1 h, 4 h, 8 h; got " + copy.keySet());
        }
        values = Map.copyOf(copy);
    }

    /** The cell at {@code duration}. */
    public GuidelineValue value(GuidelineDuration duration) {
        return values.get(duration);
    }
}
