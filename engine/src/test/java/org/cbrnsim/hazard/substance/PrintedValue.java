package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

/**
 * Compares a computed number with a number as printed in a table: they agree when the computed
 * value rounds to the printed digits, i.e. lies within half a unit of the last printed digit.
 */
public final class PrintedValue {

    private PrintedValue() {
    }

    /** Half a unit of the last printed digit of {@code printed}, e.g. 0.005 for "6.80". */
    public static double halfUnit(String printed) {
        return 0.5 * new BigDecimal(printed).ulp().doubleValue();
    }

    /** Asserts {@code actual} rounds to {@code printed} (plus 1e-9 relative for floating point). */
    public static void assertRoundsTo(String printed, double actual, String what) {
        double expected = Double.parseDouble(printed);
        assertEquals(expected, actual, halfUnit(printed) + 1e-9 * Math.abs(expected),
                what + ": expected " + printed + " as printed, computed " + actual);
    }
}
