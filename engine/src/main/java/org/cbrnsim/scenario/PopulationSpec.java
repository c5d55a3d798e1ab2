package org.cbrnsim.scenario;

import java.util.Objects;
import org.cbrnsim.population.AirExchangeRates;
import org.cbrnsim.population.StartShares;

/**
 * The people of the scenario: where they are at T0, how their shelters and vehicles exchange air, how
 * they are warned, what they decide and where they evacuate to. Defaults: {@link ScenarioDefaults}.
 *
 * @param atStart     where residents are at T0
 * @param airExchange air exchange of each building type and of a vehicle (normal: ventilation on; sealed:
 *                    windows shut, recirculation)
 * @param warning     how people are warned
 * @param decision    what a warned person does
 * @param evacuation  where evacuees go
 * @param scale       residents per agent (≥ 1): population / scale agents are created
 * @param health      which lethality probit to use
 */
public record PopulationSpec(StartShares atStart, AirExchangeRates airExchange, WarningSpec warning,
                             DecisionSpec decision, EvacuationSpec evacuation, double scale, HealthSpec health) {

    /** @throws IllegalArgumentException for a scale below 1 */
    public PopulationSpec {
        Objects.requireNonNull(atStart, "atStart");
        Objects.requireNonNull(airExchange, "airExchange");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(evacuation, "evacuation");
        Objects.requireNonNull(health, "health");
        if (!(scale >= 1) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale (residents per agent) must be >= 1, got " + scale);
        }
    }

    /** The same population with {@code health} instead. */
    public PopulationSpec withHealth(HealthSpec health) {
        return new PopulationSpec(atStart, airExchange, warning, decision, evacuation, scale, health);
    }
}
