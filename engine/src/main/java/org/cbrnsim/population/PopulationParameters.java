package org.cbrnsim.population;

import java.util.List;
import java.util.Objects;

/**
 * Everything the population model takes from the scenario, in SI units; the integrator maps the
 * scenario's {@code population} section (and the substance, weather) onto it.
 *
 * @param airExchange    ACH by building class and vehicle
 * @param channels       warning channels, at most one per kind
 * @param cloudCueKgPerM3 outdoor concentration at which people outdoors or in vehicles warn themselves (kg/m³;
 *                       +∞ for "none")
 * @param decision       protective-decision parameters
 * @param health         the chemical and its probit
 * @param cellSizeM      side of the grid cells on which residents share an outdoor sample (m), e.g. 0.01
 * @param indoorLossPerS first-order loss of the gas to indoor surfaces in buildings (1/s, ≥ 0; {@link IndoorAir})
 * @param odourCue       when people indoors smell the gas and close up on their own
 */
public record PopulationParameters(AirExchangeRates airExchange, List<WarningChannel> channels,
                                   double cloudCueKgPerM3, DecisionParameters decision, HealthParameters health,
                                   double cellSizeM, double indoorLossPerS, OdourCue odourCue) {

    /** Requires every part; the kernels check the numbers. */
    public PopulationParameters {
        Objects.requireNonNull(airExchange, "airExchange");
        Objects.requireNonNull(odourCue, "odourCue");
        channels = List.copyOf(channels);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(health, "health");
    }
}
