package org.cbrnsim.scenario;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Range checks of the records' constructors; each failure says what was expected and what was given. */
final class Check {

    /** How far shares may add up from 1 (decimal input such as 0.3 + 0.6 + 0.1 is not exact in binary). */
    static final double SHARE_SUM_TOLERANCE = 1e-6;

    private Check() {
    }

    static void positive(String what, double value, String unit) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be > 0 " + unit + ", got " + value);
        }
    }

    static void nonNegative(String what, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(what + " must be >= 0 " + unit + ", got " + value);
        }
    }

    static void fraction(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, got " + value);
        }
    }

    static void latitude(String what, double latDeg) {
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException(what + " latitude must be between -90 and 90 degrees, got " + latDeg);
        }
    }

    static void longitude(String what, double lonDeg) {
        if (!(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException(what + " longitude must be between -180 and 180 degrees, got " + lonDeg);
        }
    }

    /** Shares that must add up to 1 within {@link #SHARE_SUM_TOLERANCE}. */
    static void sumIsOne(String what, double sum) {
        if (!(Math.abs(sum - 1) <= SHARE_SUM_TOLERANCE)) {
            throw new IllegalArgumentException(what + " must add up to 1, got " + sum);
        }
    }

    /** Requires {@code key} to differ between all the items ("country code UA appears twice"). */
    static <T> void unique(String what, List<T> items, Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException(what + " " + key.apply(item) + " appears twice");
            }
        }
    }
}
