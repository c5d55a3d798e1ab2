package org.cbrnsim.population;

import java.util.Map;

/**
 * Shares of a place's residents by {@link BuildingType} (sum 1), the scenario's
 * {@code places[].buildings}.
 */
public record BuildingMix(double tightResidential, double leakyResidential, double commercial, double industrial) {

    /** Requires shares in [0, 1] summing to 1. */
    public BuildingMix {
        Shares.require("building", tightResidential, leakyResidential, commercial, industrial);
    }

    /** The mix with {@code byType}'s shares; types left out get 0. */
    public static BuildingMix of(Map<BuildingType, Double> byType) {
        return new BuildingMix(byType.getOrDefault(BuildingType.TIGHT_RESIDENTIAL, 0.0),
                byType.getOrDefault(BuildingType.LEAKY_RESIDENTIAL, 0.0), byType.getOrDefault(BuildingType.COMMERCIAL, 0.0),
                byType.getOrDefault(BuildingType.INDUSTRIAL, 0.0));
    }

    /** Everyone in buildings of one type. */
    public static BuildingMix all(BuildingType type) {
        return of(Map.of(type, 1.0));
    }

    /** The share of residents in buildings of {@code type}. */
    public double share(BuildingType type) {
        return switch (type) {
            case TIGHT_RESIDENTIAL -> tightResidential;
            case LEAKY_RESIDENTIAL -> leakyResidential;
            case COMMERCIAL -> commercial;
            case INDUSTRIAL -> industrial;
        };
    }

    /** The building type of a resident drawn with the uniform number {@code u} in [0, 1). */
    public BuildingType pick(double u) {
        return BuildingType.values()[Shares.pick(u, tightResidential, leakyResidential, commercial, industrial)];
    }
}
