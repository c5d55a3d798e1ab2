package org.cbrnsim.hazard.substance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * All coefficient sets the library holds for one property of one substance. The first set is the
 * one the engine uses; the others are published cross-checks. When there is no set, the reason
 * is recorded instead.
 *
 * @param property      the property
 * @param sets          coefficient sets, preferred first (may be empty)
 * @param missingReason why there is no set (empty when there are sets)
 */
public record PropertySets(SubstanceProperty property, List<Correlation> sets, Optional<String> missingReason) {

    /** Requires exactly one of: at least one set, or a reason why there is none. */
    public PropertySets {
        Objects.requireNonNull(property, "property");
        sets = List.copyOf(sets);
        Objects.requireNonNull(missingReason, "missingReason");
        if (sets.isEmpty() == missingReason.isEmpty()) {
            throw new IllegalArgumentException(property.fileKey()
                    + ": give either coefficient sets or a reason why they are missing, not both or neither");
        }
    }

    /** The set the engine uses, if any. */
    public Optional<PropertyCorrelation> preferred() {
        return sets.isEmpty() ? Optional.empty() : Optional.of(sets.get(0));
    }
}
