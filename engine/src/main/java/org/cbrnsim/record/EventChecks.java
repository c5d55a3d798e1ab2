package org.cbrnsim.record;

/** Argument checks shared by the event records. */
final class EventChecks {

    private EventChecks() {
    }

    /** {@code tS} must be a finite time ≥ 0 s. */
    static void time(double tS) {
        if (!(tS >= 0) || Double.isInfinite(tS)) {
            throw new IllegalArgumentException("event time must be a finite time >= 0 s after T0, got " + tS);
        }
    }

    /** {@code value} must not be null ("" stands for "none"). */
    static void text(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("event field '" + field + "' must be a text (\"\" for none), got null");
        }
    }

    /** {@code value} (an enum constant, a kind) must be given. */
    static void given(String field, Object value) {
        if (value == null) {
            throw new IllegalArgumentException("event field '" + field + "' must be given, got null");
        }
    }

    /** {@code value} must be finite and ≥ 0. */
    static void amount(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("event field '" + field + "' must be a finite value >= 0, got " + value);
        }
    }
}
