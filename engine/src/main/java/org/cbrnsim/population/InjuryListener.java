package org.cbrnsim.population;

/**
 * Told of every resident whose health outcome rose in a health phase, so another subsystem (the responders)
 * can follow the injured without scanning every resident. Called in resident order at the end of
 * {@link Population#updateHealth}, with the step time.
 */
@FunctionalInterface
public interface InjuryListener {

    /** Ignores every injury. */
    InjuryListener NONE = (tS, resident, before, now, worriedWell) -> {
    };

    /**
     * Resident {@code resident} went from {@code before} to {@code now} (a worse outcome, possibly
     * {@link HealthState#DEAD}) in the step ending at {@code tS}; {@code worriedWell} more people (0 or 1 agent)
     * seek care with them without being hurt (the worried well drawn when the resident was first injured).
     */
    void injured(double tS, int resident, HealthState before, HealthState now, int worriedWell);
}
