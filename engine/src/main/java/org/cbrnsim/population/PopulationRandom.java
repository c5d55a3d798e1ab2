package org.cbrnsim.population;

import java.util.random.RandomGenerator;

/**
 * The named random streams the population draws from, supplied by the simulation core (each
 * derived from the run seed and the name, so that changing one process leaves the numbers of the
 * others alone). A MASON {@code MersenneTwisterFast mt} serves as a stream through
 * {@code mt::nextLong}; a {@code java.util.SplittableRandom} is one already.
 */
@FunctionalInterface
public interface PopulationRandom {

    /** Residents' positions, buildings and T0 locations ({@link ResidentPlacement}). */
    String PLACEMENT = "placement";
    /** Prefix of the warning streams: one per channel, named {@code "warning." + kind id}. */
    String WARNING = "warning";
    /** Protective decisions, travel modes and preparation times. */
    String DECISION = "decision";
    /** Each resident's susceptibility (the uniform threshold of the lethality probit). */
    String HEALTH = "health";
    /** Whether a resident indoors who smells the gas closes up on their own ({@link OdourCue}). */
    String ODOUR = "odour";
    /** Care-seeking: whether a resident who seeks care brings a worried-well attendee ({@link HealthUpdate}). */
    String CARE = "population.care";

    /** The stream called {@code name}; the same name must give the same stream object each time. */
    RandomGenerator stream(String name);
}
