package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;

/**
 * The modelled region: the origin of the local metric projection (x east, y north, metres) and the
 * countries whose parts of the region are modelled.
 *
 * @param originLatDeg latitude of the projection's origin (degrees north)
 * @param originLonDeg longitude of the projection's origin (degrees east)
 * @param countries    at least one; codes unique; areas do not overlap (checked by the loader)
 */
public record Region(double originLatDeg, double originLonDeg, List<CountrySpec> countries) {

    /** @throws IllegalArgumentException for an origin off the globe, no countries or a repeated code */
    public Region {
        Check.latitude("origin", originLatDeg);
        Check.longitude("origin", originLonDeg);
        countries = List.copyOf(countries);
        if (countries.isEmpty()) {
            throw new IllegalArgumentException("a region needs at least one country");
        }
        Check.unique("country code", countries, CountrySpec::code);
    }

    /** The country with this ISO 3166 alpha-2 code, if it is part of the region. */
    public Optional<CountrySpec> country(String code) {
        return countries.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
