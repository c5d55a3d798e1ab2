package org.cbrnsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cbrnsim.hazard.substance.Substance;

/**
 * A chemical release of the scenario.
 *
 * @param id        unique, lower-case letters, digits and hyphens
 * @param chemical  the substance's id or alias as written in the file
 * @param substance the substance it names, from the substance library
 * @param placeId   the place the release is at, when the file names one (else it gives lat/lon)
 * @param latDeg    latitude of the release point (degrees north; the place's centre when at a place)
 * @param lonDeg    longitude of the release point (degrees east)
 * @param startS    when the release starts (s after T0, ≥ 0)
 * @param heightM   release height above ground (m, ≥ 0)
 * @param release   how the chemical gets into the air
 */
public record HazardSpec(String id, String chemical, Substance substance, Optional<String> placeId,
                         double latDeg, double lonDeg, double startS, double heightM, ReleaseSpec release) {

    /** @throws IllegalArgumentException for a malformed id, a point off the globe or a negative start or height */
    public HazardSpec {
        Ids.requireId("hazard id", id);
        Objects.requireNonNull(chemical, "chemical");
        Objects.requireNonNull(substance, "substance");
        Objects.requireNonNull(placeId, "placeId");
        Objects.requireNonNull(release, "release");
        Check.latitude(id, latDeg);
        Check.longitude(id, lonDeg);
        Check.nonNegative("release start", startS, "s");
        Check.nonNegative("release height", heightM, "m");
    }
}
