package org.cbrnsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cbrnsim.population.AirExchange;
import org.cbrnsim.population.AirExchangeRates;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.population.StartShares;
import org.cbrnsim.units.Dimension;

/**
 * Reads {@code population:}; every key is optional and defaults to {@link ScenarioDefaults}. Shares must
 * add up to 1, shelter + evacuate must not exceed 1, evacuation destinations must be known places.
 */
final class PopulationReader {

    static final List<String> KEYS = List.of("at_start", "air_exchange", "warning", "decision", "evacuation", "scale", "health");
    static final List<String> HEALTH_KEYS = List.of("probit");
    static final List<String> AT_START_KEYS = List.of("indoors", "outdoors", "vehicle");
    static final String VEHICLE = "vehicle";
    static final List<String> AIR_EXCHANGE_KEYS = Stream.concat(PlaceReader.BUILDING_KEYS.stream(), Stream.of(VEHICLE)).toList();
    static final List<String> RATE_KEYS = List.of("normal", "sealed");
    static final List<String> DECISION_KEYS = List.of("shelter", "evacuate", "preparation");
    static final List<String> PREPARATION_KEYS = List.of("median", "sigma");
    static final List<String> EVACUATION_KEYS = List.of("destinations", "walking_share");

    private PopulationReader() {
    }

    static Optional<PopulationSpec> read(YamlMapping population, Clock clock, Places places, Optional<Substance> substance) {
        Optional<StartShares> atStart = population.optional("at_start", v -> v.mapping(AT_START_KEYS, PopulationReader::atStart),
                ScenarioDefaults.atStart(clock.start()));
        Optional<AirExchangeRates> airExchange = population.optional("air_exchange",
                v -> v.mapping(AIR_EXCHANGE_KEYS, PopulationReader::airExchange), AirExchangeRates.defaults());
        Optional<WarningSpec> warning = population.optional("warning",
                v -> v.mapping(WarningReader.KEYS, m -> WarningReader.read(m, clock)), ScenarioDefaults.warning());
        Optional<DecisionSpec> decision = population.optional("decision", v -> v.mapping(DECISION_KEYS, PopulationReader::decision),
                ScenarioDefaults.decision());
        Optional<EvacuationSpec> evacuation = population.optional("evacuation",
                v -> v.mapping(EVACUATION_KEYS, m -> evacuation(m, places)), ScenarioDefaults.evacuation());
        Optional<Double> scale = population.optional("scale", v -> v.number().flatMap(n -> v.atLeast(n, 1, "")),
                ScenarioDefaults.SCALE);
        Optional<HealthSpec> health = population.optional("health", v -> v.mapping(HEALTH_KEYS, m -> health(m, substance)),
                HealthSpec.defaults());
        if (atStart.isEmpty() || airExchange.isEmpty() || warning.isEmpty() || decision.isEmpty()
                || evacuation.isEmpty() || scale.isEmpty() || health.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PopulationSpec(atStart.get(), airExchange.get(), warning.get(), decision.get(),
                evacuation.get(), scale.get(), health.get()));
    }

    private static Optional<StartShares> atStart(YamlMapping mapping) {
        Optional<Double> indoors = mapping.required("indoors", YamlValue::fraction);
        Optional<Double> outdoors = mapping.required("outdoors", YamlValue::fraction);
        Optional<Double> vehicle = mapping.required("vehicle", YamlValue::fraction);
        if (indoors.isEmpty() || outdoors.isEmpty() || vehicle.isEmpty()) {
            return Optional.empty();
        }
        double sum = indoors.get() + outdoors.get() + vehicle.get();
        return mapping.self().check(Math.abs(sum - 1) <= Check.SHARE_SUM_TOLERANCE, "indoors + outdoors + vehicle must add up"
                + " to 1, got " + Numbers.plain(indoors.get()) + " + " + Numbers.plain(outdoors.get()) + " + "
                + Numbers.plain(vehicle.get()) + " = " + Numbers.rounded(sum))
                ? Optional.of(new StartShares(indoors.get(), outdoors.get(), vehicle.get())) : Optional.empty();
    }

    /** The rates by key of {@code air_exchange}: the building types' keys and "vehicle". */
    static Map<String, AirExchange> byKey(AirExchangeRates rates) {
        Map<String, AirExchange> byKey = new LinkedHashMap<>();
        for (BuildingType type : BuildingType.values()) {
            byKey.put(type.id(), rates.of(type));
        }
        byKey.put(VEHICLE, rates.vehicle());
        return byKey;
    }

    /** Each key given, the default for each left out. */
    private static Optional<AirExchangeRates> airExchange(YamlMapping mapping) {
        Map<String, AirExchange> byKey = byKey(AirExchangeRates.defaults());
        boolean complete = true;
        for (String key : AIR_EXCHANGE_KEYS) {
            Optional<AirExchange> rates = mapping.optional(key, v -> v.mapping(RATE_KEYS, PopulationReader::rates), byKey.get(key));
            rates.ifPresent(r -> byKey.put(key, r));
            complete &= rates.isPresent();
        }
        return complete ? Optional.of(new AirExchangeRates(byKey.get(BuildingType.TIGHT_RESIDENTIAL.id()),
                byKey.get(BuildingType.LEAKY_RESIDENTIAL.id()), byKey.get(BuildingType.COMMERCIAL.id()),
                byKey.get(BuildingType.INDUSTRIAL.id()), byKey.get(VEHICLE))) : Optional.empty();
    }

    private static Optional<AirExchange> rates(YamlMapping mapping) {
        Optional<Double> normal = mapping.required("normal", YamlValue::positivePerTime);
        Optional<Double> sealed = mapping.required("sealed", YamlValue::positivePerTime);
        if (normal.isEmpty() || sealed.isEmpty()) {
            return Optional.empty();
        }
        return mapping.self().check(sealed.get() <= normal.get(), "sealing cannot raise the air exchange: sealed "
                + QuantityText.formatPerTime(sealed.get()) + " is more than normal " + QuantityText.formatPerTime(normal.get()))
                ? Optional.of(new AirExchange(normal.get(), sealed.get())) : Optional.empty();
    }

    private static Optional<DecisionSpec> decision(YamlMapping mapping) {
        Optional<Double> shelter = mapping.optional("shelter", YamlValue::fraction, ScenarioDefaults.SHELTER);
        Optional<Double> evacuate = mapping.optional("evacuate", YamlValue::fraction, ScenarioDefaults.EVACUATE);
        Optional<double[]> preparation = mapping.optional("preparation",
                v -> v.mapping(PREPARATION_KEYS, PopulationReader::preparation),
                new double[] {ScenarioDefaults.PREPARATION_MEDIAN_S, ScenarioDefaults.PREPARATION_SIGMA});
        if (shelter.isEmpty() || evacuate.isEmpty() || preparation.isEmpty()) {
            return Optional.empty();
        }
        double sum = shelter.get() + evacuate.get();
        if (!mapping.self().check(sum <= 1 + Check.SHARE_SUM_TOLERANCE, "shelter + evacuate must be <= 1, got "
                + Numbers.plain(shelter.get()) + " + " + Numbers.plain(evacuate.get()) + " = " + Numbers.rounded(sum))) {
            return Optional.empty();
        }
        return Optional.of(new DecisionSpec(shelter.get(), evacuate.get(), preparation.get()[0], preparation.get()[1]));
    }

    /** {median (s), sigma}. */
    private static Optional<double[]> preparation(YamlMapping mapping) {
        Optional<Double> medianS = mapping.optional("median", v -> v.positive(Dimension.TIME),
                ScenarioDefaults.PREPARATION_MEDIAN_S);
        Optional<Double> sigma = mapping.optional("sigma", v -> v.number().flatMap(n -> v.atLeast(n, 0, "")),
                ScenarioDefaults.PREPARATION_SIGMA);
        return medianS.isPresent() && sigma.isPresent() ? Optional.of(new double[] {medianS.get(), sigma.get()})
                : Optional.empty();
    }

    /** {@code probit}: a probit set of the (first) hazard's substance; unchecked when the hazards have problems. */
    private static Optional<HealthSpec> health(YamlMapping mapping, Optional<Substance> substance) {
        Optional<Optional<String>> probit = mapping.optional("probit",
                v -> v.text().filter(set -> knownSet(v, set, substance)).map(Optional::of), Optional.<String>empty());
        return probit.map(HealthSpec::new);
    }

    private static boolean knownSet(YamlValue value, String set, Optional<Substance> substance) {
        if (substance.isEmpty()) {
            return true;
        }
        List<String> known = substance.get().probits().stream().map(p -> p.setName()).toList();
        return value.check(known.contains(set), "unknown probit set \"" + set + "\" for " + substance.get().id()
                + "; known: " + String.join(", ", known.stream().map(k -> "\"" + k + "\"").toList()));
    }

    private static Optional<EvacuationSpec> evacuation(YamlMapping mapping, Places places) {
        Optional<List<String>> destinations = mapping.optional("destinations", v -> v.listOf(places::knownId), List.of());
        Optional<Double> walking = mapping.optional("walking_share", YamlValue::fraction, ScenarioDefaults.WALKING_SHARE);
        return destinations.isPresent() && walking.isPresent()
                ? Optional.of(new EvacuationSpec(destinations.get(), walking.get())) : Optional.empty();
    }

}
