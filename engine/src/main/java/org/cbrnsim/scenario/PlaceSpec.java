package org.cbrnsim.scenario;

import java.util.Objects;
import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.population.BuildingMix;

/**
 * A place of the scenario: a town or village with residents, or a hospital, station, border crossing,
 * port, plant …
 *
 * @param id          unique, lower case letters, digits and hyphens
 * @param name        the name people use
 * @param kind        what it is
 * @param countryCode the ISO code of its country (a country of the region)
 * @param latDeg      latitude of its centre (degrees north)
 * @param lonDeg      longitude of its centre (degrees east)
 * @param population  residents (≥ 0; 0 for places where nobody lives)
 * @param radiusM     radius of the disc its residents live in (m, &gt; 0)
 * @param buildings   how its residents are spread over the building types
 * @param source      where its numbers come from ("" when not given)
 */
public record PlaceSpec(String id, String name, PlaceKind kind, String countryCode, double latDeg, double lonDeg,
                        int population, double radiusM, BuildingMix buildings, String source) {

    /** @throws IllegalArgumentException for a malformed id, a point off the globe, or a negative population or radius */
    public PlaceSpec {
        Ids.requireId("place id", id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(buildings, "buildings");
        Objects.requireNonNull(source, "source");
        Check.latitude(id, latDeg);
        Check.longitude(id, lonDeg);
        if (population < 0) {
            throw new IllegalArgumentException("population of " + id + " must be >= 0, got " + population);
        }
        Check.positive("radius of " + id, radiusM, "m");
    }
}
