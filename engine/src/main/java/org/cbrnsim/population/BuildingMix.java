package org.cbrnsim.population;

/**
 * Shares of a place's residents by {@link BuildingType} (sum 1), the scenario's
 * {@code places[].buildings}.
 */
public record BuildingMix(double tightResidential, double leakyResidential, double commercial, double industrial) {

    /** Requires shares in [0, 1] summing to 1. */
    public BuildingMix {
        Shares.require("building", tightResidential, leakyResidential, commercial, industrial);
    }

    /** The building type of a resident drawn with the uniform number {@code u} in [0, 1). */
    public BuildingType pick(double u) {
        return BuildingType.values()[Shares.pick(u, tightResidential, leakyResidential, commercial, industrial)];
    }
}
