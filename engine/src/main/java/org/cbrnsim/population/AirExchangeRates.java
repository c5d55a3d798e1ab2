package org.cbrnsim.population;

import java.util.Objects;

/**
 * Air exchange by building class and for vehicles, the scenario's {@code population.air_exchange}.
 */
public record AirExchangeRates(AirExchange tightResidential, AirExchange leakyResidential, AirExchange commercial,
                               AirExchange industrial, AirExchange vehicle) {

    /** Requires every class. */
    public AirExchangeRates {
        Objects.requireNonNull(tightResidential, "tightResidential");
        Objects.requireNonNull(leakyResidential, "leakyResidential");
        Objects.requireNonNull(commercial, "commercial");
        Objects.requireNonNull(industrial, "industrial");
        Objects.requireNonNull(vehicle, "vehicle");
    }

    /**
     * The defaults: buildings from exercise-and-response.md §4.5 (pyELDQM tool defaults citing
     * EPA 452/R-99-013: 0.5/0.2, 1.5/0.5, 2.0/0.8, 4.0/1.5 per hour, normal/sealed); vehicle 25/5 per
     * hour as in the scenario contract, a [K] value without a verified source.
     */
    public static AirExchangeRates defaults() {
        return new AirExchangeRates(AirExchange.perHour(0.5, 0.2), AirExchange.perHour(1.5, 0.5),
                AirExchange.perHour(2.0, 0.8), AirExchange.perHour(4.0, 1.5), AirExchange.perHour(25.0, 5.0));
    }

    /** The rates of {@code type}. */
    public AirExchange of(BuildingType type) {
        return switch (type) {
            case TIGHT_RESIDENTIAL -> tightResidential;
            case LEAKY_RESIDENTIAL -> leakyResidential;
            case COMMERCIAL -> commercial;
            case INDUSTRIAL -> industrial;
        };
    }
}
