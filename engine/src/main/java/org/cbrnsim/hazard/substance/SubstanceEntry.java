package org.cbrnsim.hazard.substance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A substance as the library file describes it: the {@link Substance} the engine uses, plus its
 * aliases, the source of every scalar and all coefficient sets of every property, including the
 * cross-checks the engine does not use.
 *
 * @param substance                the substance (uses the preferred set of each property)
 * @param aliases                  other accepted names, lower-case
 * @param molarMassSource          source of the molar mass
 * @param normalBoilingPointSource source of the normal boiling point
 * @param properties               the coefficient sets of every {@link SubstanceProperty}
 */
public record SubstanceEntry(Substance substance, List<String> aliases, String molarMassSource,
                             String normalBoilingPointSource, Map<SubstanceProperty, PropertySets> properties) {

    /** Requires sources and an entry for every property. */
    public SubstanceEntry {
        Objects.requireNonNull(substance, "substance");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(molarMassSource, "molarMassSource");
        Objects.requireNonNull(normalBoilingPointSource, "normalBoilingPointSource");
        EnumMap<SubstanceProperty, PropertySets> copy = new EnumMap<>(SubstanceProperty.class);
        copy.putAll(properties);
        if (copy.size() != SubstanceProperty.values().length) {
            throw new IllegalArgumentException(substance.id() + ": every property needs sets or a missing reason");
        }
        properties = Map.copyOf(copy);
    }

    /** The library id. */
    public String id() {
        return substance.id();
    }

    /** The coefficient sets of {@code property}. */
    public PropertySets property(SubstanceProperty property) {
        return properties.get(property);
    }
}
