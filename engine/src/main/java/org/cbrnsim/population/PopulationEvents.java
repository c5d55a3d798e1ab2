package org.cbrnsim.population;

/**
 * Aggregate events of the population for the event log: milestones per place or country and
 * per-step totals, never one event per resident. All methods default to doing nothing. Times are
 * exact where the model knows them (a warning receipt, a departure), else the step time.
 */
public interface PopulationEvents {

    /** Ignores every event. */
    PopulationEvents NONE = new PopulationEvents() {
    };

    /** The first resident of {@code place} received an official warning (a channel) at {@code tS}. */
    default void firstWarned(double tS, int place) {
    }

    /** The first resident of {@code place} warned themselves at {@code tS} on the cloud cue (smell, irritation). */
    default void firstSelfWarned(double tS, int place) {
    }

    /**
     * {@code agents} evacuees of {@code place} set out in the behaviour phase of one step, the first of them
     * at {@code tS}; reported for every step with departures, so the batches of a place add up to all who left it.
     */
    default void departed(double tS, int place, int agents) {
    }

    /** {@code agents} evacuees arrived at {@code destinationPlace} in the step ending at {@code tS}. */
    default void evacueesArrived(double tS, int destinationPlace, int agents) {
    }

    /** The first resident of {@code country} exceeded AEGL tier {@code tier} (1–3) in the step ending at {@code tS}. */
    default void firstTierExceeded(double tS, int country, int tier) {
    }

    /**
     * The first resident of {@code country} reached {@code severity} (sought care, admitted, intensive
     * care, or dead: the first death) in the step ending at {@code tS}.
     */
    default void firstInjury(double tS, int country, HealthState severity) {
    }

    /** {@code agents} residents of {@code place} died in the step ending at {@code tS}. */
    default void deaths(double tS, int place, int agents) {
    }
}
