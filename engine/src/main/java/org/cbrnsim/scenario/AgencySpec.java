package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A responding agency of one country (fire and rescue, EMS, police, civil protection, military) with its units.
 *
 * @param id          unique, lower case letters, digits and hyphens
 * @param name        the name people use
 * @param kind        what it does
 * @param countryCode the country it belongs to (a country of the region); it gives mutual aid only inside it
 * @param units       its units (may be empty for an agency that only commands)
 * @param source      where its numbers come from ("" when not given)
 */
public record AgencySpec(String id, String name, AgencyKind kind, String countryCode, List<UnitSpec> units,
                         String source) {

    /** @throws IllegalArgumentException for a malformed id or repeated unit ids */
    public AgencySpec {
        Ids.requireId("agency id", id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(source, "source");
        units = List.copyOf(units);
        Check.unique("unit id", units, UnitSpec::id);
    }
}
