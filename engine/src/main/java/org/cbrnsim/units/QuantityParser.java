package org.cbrnsim.units;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a quantity as a user types it, on the command line ("2kg/s", "10min", "15C") or in YAML
 * ("25 t", "1.5 h", "15 °C"), and returns its value in SI units.
 *
 * <p>Units are matched ignoring case and spaces ("KG / S" is kg/s); a quotient dimension takes any
 * of its numerator units over any of its denominator units ("t/h", "lb/min", "mg/m3"). The unit table
 * with its sources is {@link Unit}.
 */
public final class QuantityParser {

    private static final Pattern NUMBER_THEN_UNIT =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(.*)", Pattern.DOTALL);

    private QuantityParser() {
    }

    /**
     * The value of {@code text} in the SI unit of {@code expected} (see {@link Dimension#siSymbol()}).
     *
     * @throws IllegalArgumentException with a one-line message when the text is not a number followed
     *                                  by a unit of the expected dimension, has no unit (unless the
     *                                  dimension is dimensionless), or is a temperature not above 0 K
     */
    public static double parse(String text, Dimension expected) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expected " + expected.expectation() + ", got nothing");
        }
        Matcher m = NUMBER_THEN_UNIT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a number with a unit: expected " + expected.expectation());
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        double si = unit.isEmpty() ? bareNumber(number, text, expected) : toSi(number, unit, text, expected);
        if (!Double.isFinite(si)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a finite number");
        }
        if (expected == Dimension.TEMPERATURE && si <= 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not above absolute zero (0 K)");
        }
        return si;
    }

    private static double bareNumber(double number, String text, Dimension expected) {
        if (!expected.isDimensionless()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" has no unit: expected " + expected.expectation());
        }
        return number;
    }

    private static double toSi(double number, String unit, String text, Dimension expected) {
        Optional<Unit.Scale> scale = Unit.resolve(unit);
        if (scale.isEmpty()) {
            throw new IllegalArgumentException("unknown unit \"" + unit + "\" in \"" + text
                    + "\": expected " + expected.expectation());
        }
        Dimension given = scale.get().dimension();
        if (given != expected) {
            throw new IllegalArgumentException("expected " + expected.expectation()
                    + ", got \"" + text + "\" (" + given.description() + ")");
        }
        return scale.get().toSi(number);
    }
}
