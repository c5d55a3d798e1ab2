package org.cbrnsim.hazard.substance;

import java.util.OptionalDouble;

/**
 * One tabulated guideline level: a number in the table's unit, "not recommended" (the tier has
 * no level — NOT zero, dispersion.md §5.1), or missing (not known to the library).
 *
 * @param kind   which of the three it is
 * @param amount the level in the table's unit; NaN unless {@code kind} is {@link Kind#LEVEL}
 */
public record GuidelineValue(Kind kind, double amount) {

    /** What a table cell holds. */
    public enum Kind { LEVEL, NOT_RECOMMENDED, MISSING }

    /** Cell for a level that is not recommended (insufficient data). */
    public static final GuidelineValue NOT_RECOMMENDED = new GuidelineValue(Kind.NOT_RECOMMENDED, Double.NaN);
    /** Cell for a level the library does not know. */
    public static final GuidelineValue MISSING = new GuidelineValue(Kind.MISSING, Double.NaN);

    /** Checks that a level is a positive number and the other kinds carry none. */
    public GuidelineValue {
        if (kind == Kind.LEVEL ? !(amount > 0 && Double.isFinite(amount)) : !Double.isNaN(amount)) {
            throw new IllegalArgumentException("a guideline level must be a positive number, got " + amount);
        }
    }

    /** A tabulated level. */
    public static GuidelineValue of(double amount) {
        return new GuidelineValue(Kind.LEVEL, amount);
    }

    /** The level, or empty when not recommended or missing. */
    public OptionalDouble level() {
        return kind == Kind.LEVEL ? OptionalDouble.of(amount) : OptionalDouble.empty();
    }
}
