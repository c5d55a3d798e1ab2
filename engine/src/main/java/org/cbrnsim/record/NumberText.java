package org.cbrnsim.record;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as text for the output files, the same on every locale, platform and JDK: the exact binary value
 * ({@code new BigDecimal(double)}) rounded half-even to {@value #SIGNIFICANT_DIGITS} significant digits,
 * trailing zeros dropped, in plain notation from 1e-6 to below 1e15 and scientific ("1.5E-7") outside.
 * {@code Double.toString} is avoided because its digits changed in JDK 19 (JDK-4511638).
 */
public final class NumberText {

    /** Significant digits kept. */
    public static final int SIGNIFICANT_DIGITS = 12;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final double SMALLEST_PLAIN = 1e-6;
    private static final double LARGEST_PLAIN = 1e15;

    private NumberText() {
    }

    /** {@code value} as text; NaN as "NaN" and infinities as "Inf" / "-Inf" (read as such by R and pandas). */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        return formatFinite(value);
    }

    /** A finite {@code value} as text, valid as a JSON number. */
    static String formatFinite(double value) {
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        double magnitude = Math.abs(value);
        boolean plain = rounded.signum() == 0 || (magnitude >= SMALLEST_PLAIN && magnitude < LARGEST_PLAIN);
        return plain ? rounded.toPlainString() : rounded.toString();
    }
}
