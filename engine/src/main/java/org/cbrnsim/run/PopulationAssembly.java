package org.cbrnsim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.cbrnsim.geo.Place;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.population.DecisionParameters;
import org.cbrnsim.population.HealthParameters;
import org.cbrnsim.population.IndoorSink;
import org.cbrnsim.population.IndoorSinks;
import org.cbrnsim.population.Population;
import org.cbrnsim.population.PopulationEvents;
import org.cbrnsim.population.PopulationParameters;
import org.cbrnsim.population.PopulationRandom;
import org.cbrnsim.population.ResidentPlace;
import org.cbrnsim.population.ResidentPlacement;
import org.cbrnsim.population.Residents;
import org.cbrnsim.population.WarningChannel;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.PopulationSpec;
import org.cbrnsim.sim.ExerciseSimulation;

/**
 * Turns the population section of a scenario into the agents and parameters of
 * {@link org.cbrnsim.population}: one agent per {@code scale} residents of each town or village, placed
 * in a disc of the place's radius; warning channels, decisions, air exchange, the lethality probit (the scenario's
 * {@code population.health.probit}, else the substance's choice in health-effects.yaml) and the outcome tiers.
 */
final class PopulationAssembly {

    private PopulationAssembly() {
    }

    static Population population(ScenarioWorld world, ExerciseSimulation sim, PopulationEvents events) {
        PopulationRandom streams = name -> generator(sim, name);
        Residents residents = ResidentPlacement.place(residentPlaces(world), world.scenario().places().size(),
                world.countryCodes().size(), world.scenario().population().atStart(),
                streams.stream(PopulationRandom.PLACEMENT));
        return new Population(residents, parameters(world), streams,
                new RoadEvacuationRoutes(world, world.scenario().population().evacuation().destinationIds()), events);
    }

    private static RandomGenerator generator(ExerciseSimulation sim, String name) {
        ec.util.MersenneTwisterFast twister = sim.random(name);
        return twister::nextLong;
    }

    private static List<ResidentPlace> residentPlaces(ScenarioWorld world) {
        double scale = world.scenario().population().scale();
        List<ResidentPlace> result = new ArrayList<>();
        List<PlaceSpec> specs = world.scenario().places();
        for (int i = 0; i < specs.size(); i++) {
            PlaceSpec spec = specs.get(i);
            int agents = (int) Math.round(spec.population() / scale);
            if (agents == 0) {
                continue;
            }
            Place place = world.places().get(spec.id());
            result.add(new ResidentPlace(i, world.countryIndex(spec.countryCode()), place.xM(), place.yM(),
                    spec.radiusM(), agents, spec.buildings()));
        }
        return result;
    }

    /** The residents' health rules (probit, outcome tiers) at the start's air temperature and pressure. */
    static HealthParameters health(ScenarioWorld world) {
        Atmosphere air = world.weather().at(0).atmosphere();
        return new HealthParameters(world.substance(), world.scenario().population().health().probitFor(world.substance()),
                air.temperatureK(), air.pressurePa());
    }

    private static PopulationParameters parameters(ScenarioWorld world) {
        PopulationSpec spec = world.scenario().population();
        Atmosphere air = world.weather().at(0).atmosphere();
        double cueKgPerM3 = spec.warning().cloudCue().map(c -> world.levels().tier(c.tier()).orElse(Double.POSITIVE_INFINITY))
                .orElse(Double.POSITIVE_INFINITY);
        List<WarningChannel> channels = spec.warning().channels().stream().map(c -> new WarningChannel(
                c.kind(), c.reach(), c.weibullShape(), c.weibullScaleS())).toList();
        DecisionParameters decision = new DecisionParameters(spec.decision().shelter(), spec.decision().evacuate(),
                spec.decision().preparationMedianS(), spec.decision().preparationSigma(),
                spec.evacuation().walkingShare(), world.levels().lowestKgPerM3());
        HealthParameters health = health(world);
        IndoorSink sink = IndoorSinks.bundled().require(world.substance().id());
        return new PopulationParameters(spec.airExchange(), channels, cueKgPerM3, decision, health, ScenarioModel.SAMPLE_CELL_M,
                sink.lossPerS(), sink.odourCue(world.substance().molarMassKgPerMol(), air.temperatureK(), air.pressurePa()));
    }
}
