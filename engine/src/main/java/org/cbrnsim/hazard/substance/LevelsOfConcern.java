package org.cbrnsim.hazard.substance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The default levels of concern of a threat-zone plot (red, orange, yellow), in ppm, and the
 * guideline system they were taken from. A tier without a level (not recommended or unknown)
 * is empty and gets no zone (dispersion.md §5.1: NR is not 0).
 *
 * @param system   the guideline system the levels come from
 * @param tier3Ppm red zone: tier 3 at 60 min
 * @param tier2Ppm orange zone: tier 2 at 60 min
 * @param tier1Ppm yellow zone: tier 1 at 60 min
 */
public record LevelsOfConcern(GuidelineSystem system, OptionalDouble tier3Ppm, OptionalDouble tier2Ppm,
                              OptionalDouble tier1Ppm) {

    /** Requires every component. */
    public LevelsOfConcern {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(tier3Ppm, "tier3Ppm");
        Objects.requireNonNull(tier2Ppm, "tier2Ppm");
        Objects.requireNonNull(tier1Ppm, "tier1Ppm");
    }

    /** The levels that exist, worst (tier 3) first, in ppm. */
    public List<Double> presentPpmWorstFirst() {
        List<Double> present = new ArrayList<>(3);
        for (OptionalDouble level : List.of(tier3Ppm, tier2Ppm, tier1Ppm)) {
            level.ifPresent(present::add);
        }
        return List.copyOf(present);
    }
}
