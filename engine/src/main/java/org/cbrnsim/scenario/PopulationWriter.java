package org.cbrnsim.scenario;

import static org.cbrnsim.scenario.ResolvedScenarioWriter.number;
import static org.cbrnsim.scenario.ResolvedScenarioWriter.ordered;
import static org.cbrnsim.scenario.ResolvedScenarioWriter.time;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.population.AirExchange;
import org.cbrnsim.population.StartShares;
import org.cbrnsim.scenario.YamlEmitter.Flow;

/** The {@code population:} section of the resolved scenario, for {@link ResolvedScenarioWriter}. */
final class PopulationWriter {

    private PopulationWriter() {
    }

    /**
     * The section with every default filled in; the probit set resolved for {@code substance} (the first
     * hazard's), left out for a substance without probits.
     */
    static Map<String, Object> population(PopulationSpec population, Optional<Substance> substance) {
        StartShares atStart = population.atStart();
        Map<String, Object> air = new LinkedHashMap<>();
        PopulationReader.byKey(population.airExchange()).forEach((key, rates) -> air.put(key, rates(rates)));
        DecisionSpec decision = population.decision();
        Map<String, Object> section = ordered(
                "at_start", new Flow(ordered("indoors", number(atStart.indoors()), "outdoors", number(atStart.outdoors()),
                        "vehicle", number(atStart.vehicle()))),
                "air_exchange", air,
                "warning", warning(population.warning()),
                "decision", ordered("shelter", number(decision.shelter()), "evacuate", number(decision.evacuate()),
                        "preparation", new Flow(ordered("median", time(decision.preparationMedianS()),
                                "sigma", number(decision.preparationSigma())))),
                "evacuation", ordered("destinations", new Flow(population.evacuation().destinationIds()),
                        "walking_share", number(population.evacuation().walkingShare())),
                "scale", number(population.scale()));
        Optional<String> probit = substance.map(population.health()::setFor).or(() -> population.health().probit())
                .filter(set -> !set.equals(HealthSpec.NONE));
        probit.ifPresent(set -> section.put("health", ordered("probit", set)));
        return section;
    }

    private static Flow rates(AirExchange rates) {
        return new Flow(ordered("normal", QuantityText.formatPerTime(rates.normalPerS()),
                "sealed", QuantityText.formatPerTime(rates.sealedPerS())));
    }

    private static Map<String, Object> warning(WarningSpec warning) {
        return ordered(
                "issued_at", warning.issuedAtS().isPresent() ? time(warning.issuedAtS().getAsDouble()) : WarningReader.NEVER,
                "area", warning.area().map(AeglLevel::yamlName).orElse(WarningReader.ALL),
                "channels", warning.channels().stream().map(c -> new Flow(ordered("kind", c.kind().id(),
                        "reach", number(c.reach()), "delay", ordered("shape", number(c.weibullShape()),
                                "scale", time(c.weibullScaleS()))))).toList(),
                "cloud_cue", warning.cloudCue().map(AeglLevel::yamlName).orElse(WarningReader.NONE));
    }
}
