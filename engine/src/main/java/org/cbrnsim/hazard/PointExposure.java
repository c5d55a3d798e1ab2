package org.cbrnsim.hazard;

import java.util.Optional;

/**
 * What a person standing outdoors at one point on the ground meets during the assessment horizon.
 *
 * @param xM                 downwind distance from the source (m)
 * @param yM                 crosswind offset (m)
 * @param peakKgPerM3        greatest concentration (kg/m³)
 * @param peakTimeS          time of the greatest concentration, seconds after the release began
 * @param lethality          toxic load and probability of death, when a probit was given
 */
public record PointExposure(double xM, double yM, double peakKgPerM3, double peakTimeS, Optional<Lethality> lethality) {

    /**
     * Toxic load Σ Cⁿ·Δt over the horizon, in the probit set's own units, and the probability of
     * death Φ(Y − 5) of an unprotected person outdoors.
     *
     * @param probitSet          name of the probit coefficient set
     * @param toxicLoad          the load, in (set unit)ⁿ·min
     * @param toxicLoadUnit      e.g. "ppm^2·min"
     * @param probabilityOfDeath in [0, 1]
     */
    public record Lethality(String probitSet, double toxicLoad, String toxicLoadUnit, double probabilityOfDeath) {
    }
}
