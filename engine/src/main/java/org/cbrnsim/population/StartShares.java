package org.cbrnsim.population;

/**
 * Where residents are at T0 (sum 1), the scenario's {@code population.at_start}.
 *
 * @param indoors  share indoors at home
 * @param outdoors share outdoors near home
 * @param vehicle  share in a vehicle near home
 */
public record StartShares(double indoors, double outdoors, double vehicle) {

    /** Night-time default of the scenario contract (scenario-format.yaml, population.at_start). */
    public static final StartShares NIGHT = new StartShares(0.95, 0.03, 0.02);
    /** Day-time default of the scenario contract (scenario-format.yaml, population.at_start). */
    public static final StartShares DAY = new StartShares(0.80, 0.15, 0.05);

    /** Requires shares in [0, 1] summing to 1. */
    public StartShares {
        Shares.require("start location", indoors, outdoors, vehicle);
    }

    /** The location of a resident drawn with the uniform number {@code u} in [0, 1). */
    public LocationState pick(double u) {
        return switch (Shares.pick(u, indoors, outdoors, vehicle)) {
            case 0 -> LocationState.INDOORS;
            case 1 -> LocationState.OUTDOORS;
            default -> LocationState.VEHICLE;
        };
    }
}
