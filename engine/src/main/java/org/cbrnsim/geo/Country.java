package org.cbrnsim.geo;

import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * A country's part of the modelled region.
 *
 * @param code ISO 3166-1 alpha-2 code, two upper-case letters (e.g. "UA")
 * @param name display name
 * @param area the country's area in local metres (x east, y north), a valid polygon with a non-zero area
 */
public record Country(String code, String name, Polygon area) {

    public Country {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country code must be two upper-case letters (ISO 3166-1 alpha-2), got "
                    + code);
        }
        Objects.requireNonNull(name, "country name");
        if (area == null || area.isEmpty() || !area.isValid()) {
            throw new IllegalArgumentException("country " + code + " needs a valid, non-empty area polygon");
        }
    }
}
