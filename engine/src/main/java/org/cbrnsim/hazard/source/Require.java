package org.cbrnsim.hazard.source;

import java.util.Optional;
import org.cbrnsim.hazard.substance.PropertyCorrelation;
import org.cbrnsim.hazard.substance.Substance;

/** Argument checks shared by the source models; each failure says what was expected. */
final class Require {

    private Require() {
    }

    /** {@code value}, if it is finite and &gt; 0; otherwise an IllegalArgumentException naming it. */
    static double positive(String what, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0 " + unit + ", got " + value);
        }
        return value;
    }

    /** {@code value}, if it is finite and ≥ 0; otherwise an IllegalArgumentException naming it. */
    static double nonNegative(String what, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be >= 0 " + unit + ", got " + value);
        }
        return value;
    }

    /** The correlation, or an IllegalArgumentException naming the substance and the missing property. */
    static PropertyCorrelation property(Substance substance, Optional<PropertyCorrelation> correlation,
                                        String property, String model) {
        return correlation.orElseThrow(() -> new IllegalArgumentException(
                "substance " + substance.id() + " has no " + property + " correlation, which the "
                        + model + " needs"));
    }
}
