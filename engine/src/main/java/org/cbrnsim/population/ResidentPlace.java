package org.cbrnsim.population;

import java.util.Objects;

/**
 * Where and how many residents to place around one place centre.
 *
 * @param place     index of the place in the integrator's place list
 * @param country   index of its country
 * @param xM        centre, local metres east
 * @param yM        centre, local metres north
 * @param radiusM   radius of the disc the residents live in (m, ≥ 0)
 * @param agents    number of agents (population / scale)
 * @param buildings shares of the building types
 */
public record ResidentPlace(int place, int country, double xM, double yM, double radiusM, int agents,
                            BuildingMix buildings) {

    /** Requires non-negative indices, radius and count, a finite centre and a building mix. */
    public ResidentPlace {
        Objects.requireNonNull(buildings, "buildings");
        if (place < 0 || country < 0) {
            throw new IllegalArgumentException("place and country indices must be >= 0, got " + place + " and " + country);
        }
        if (!(Double.isFinite(xM) && Double.isFinite(yM))) {
            throw new IllegalArgumentException("place centre must be finite, got (" + xM + ", " + yM + ") m");
        }
        if (!(radiusM >= 0 && Double.isFinite(radiusM))) {
            throw new IllegalArgumentException("place radius must be >= 0 m, got " + radiusM);
        }
        if (agents < 0) {
            throw new IllegalArgumentException("number of agents must be >= 0, got " + agents);
        }
    }
}
