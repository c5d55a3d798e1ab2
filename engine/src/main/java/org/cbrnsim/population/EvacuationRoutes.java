package org.cbrnsim.population;

/**
 * The evacuation route of every home place and travel mode, supplied by the integrator. The
 * population asks once per (place, mode) and keeps the answer.
 */
@FunctionalInterface
public interface EvacuationRoutes {

    /** No routes anywhere: every evacuee stays where they are. */
    EvacuationRoutes NONE = (place, mode) -> null;

    /** The route from {@code homePlace} for {@code mode}, or null when there is none (the evacuee stays put). */
    EvacuationRoute route(int homePlace, TravelMode mode);
}
