package org.cbrnsim.run;

import org.cbrnsim.population.HealthState;
import org.cbrnsim.population.PopulationEvents;
import org.cbrnsim.record.EvacuationArrived;
import org.cbrnsim.record.EvacuationStarted;
import org.cbrnsim.record.FirstDeath;
import org.cbrnsim.record.FirstWarned;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.sim.ExerciseSimulation;

/**
 * Writes what happens to the population into the event log, in people (agents × scale): the first
 * resident of a place warned, every step's departures from each place (so the departures add up to everyone
 * who left), the first evacuees to reach each destination (the numbers arriving over time are in the time
 * series), the first resident of a country above each AEGL tier, and the first death in a country.
 */
final class RecordedPopulationEvents implements PopulationEvents {

    private final ScenarioWorld world;
    private final ExerciseSimulation sim;
    private final java.util.Set<Integer> reachedDestinations = new java.util.HashSet<>();
    private final long[] departedAgents;

    RecordedPopulationEvents(ScenarioWorld world, ExerciseSimulation sim) {
        this.world = world;
        this.sim = sim;
        this.departedAgents = new long[world.scenario().places().size()];
    }

    private PlaceSpec place(int index) {
        return world.scenario().places().get(index);
    }

    private String country(int index) {
        return world.countryCodes().get(index);
    }

    @Override
    public void firstWarned(double tS, int place) {
        sim.eventLog().record(new FirstWarned(tS, place(place).countryCode(), place(place).id()));
    }

    @Override
    public void departed(double tS, int place, int agents) {
        long before = people(departedAgents[place]);
        departedAgents[place] += agents;
        long soFar = people(departedAgents[place]);
        sim.eventLog().record(new EvacuationStarted(tS, "residents", place(place).countryCode(), place(place).id(),
                soFar - before, soFar));
    }

    /** People for {@code agents} agents, rounded; batches are differences of rounded totals, so they add up. */
    private long people(long agents) {
        return Math.round(agents * world.scenario().population().scale());
    }

    @Override
    public void evacueesArrived(double tS, int destinationPlace, int agents) {
        if (!reachedDestinations.add(destinationPlace)) {
            return;
        }
        PlaceSpec destination = place(destinationPlace);
        sim.eventLog().record(new EvacuationArrived(tS, destination.countryCode(), "", destination.id(),
                people(agents)));
    }

    @Override
    public void firstTierExceeded(double tS, int country, int tier) {
        sim.eventLog().record(new ThresholdFirstExceeded(tS, world.levels().system() + "-" + tier, "", country(country)));
    }

    @Override
    public void firstInjury(double tS, int country, HealthState severity) {
        if (severity == HealthState.DEAD) {
            sim.eventLog().record(new FirstDeath(tS, "", country(country)));
        }
    }
}
