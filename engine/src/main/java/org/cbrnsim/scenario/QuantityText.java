package org.cbrnsim.scenario;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * Quantities as text a person reads easily and that reads back to exactly the same double: "30 min"
 * rather than "1800 s", "15 cm" rather than "0.15 m", "5 °C" rather than "278.15 K". First choice: the
 * largest unit in which the value is a whole number below 10 000; then the largest unit in which three
 * decimals suffice; each candidate is kept only if {@link QuantityParser} reads it back bit for bit, and
 * the SI unit with the shortest exact decimal is the fallback. Also reads and writes rates per time such
 * as air changes, "0.5 /h".
 */
final class QuantityText {

    private static final Map<Dimension, List<String>> UNITS = Map.of(
            Dimension.TIME, List.of("h", "min", "s"),
            Dimension.LENGTH, List.of("km", "m", "cm"),
            Dimension.MASS, List.of("t", "kg"),
            Dimension.SPEED, List.of("m/s", "km/h"),
            Dimension.MASS_RATE, List.of("kg/s", "kg/min"),
            Dimension.TEMPERATURE, List.of("°C", "K"));
    private static final List<String> PER_TIME_UNITS = List.of("/h", "/min", "/s");
    private static final Pattern PER_TIME =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*/\\s*(\\S.*)");
    private static final String PER_TIME_EXPECTED = "expected a rate per time such as \"0.5 /h\" or \"2 /h\"";
    private static final double WHOLE_NUMBER_LIMIT = 10_000;
    private static final int DECIMALS = 3;

    private QuantityText() {
    }

    /** {@code si}, in the SI unit of {@code dimension} (time, length, mass, speed, mass rate or temperature), as text. */
    static String format(double si, Dimension dimension) {
        List<String> units = UNITS.get(dimension);
        if (units == null) {
            throw new IllegalArgumentException("no text units for " + dimension.description());
        }
        if (si == 0) {
            return "0 " + (dimension == Dimension.TIME ? "min" : dimension.siSymbol());
        }
        return readable(si, units, text -> QuantityParser.parse(text, dimension))
                .orElse(Numbers.plain(si) + " " + dimension.siSymbol());
    }

    /** A precipitation rate in m/s as text in mm/h, e.g. "2 mm/h"; "none" for 0. */
    static String formatPrecipitation(double mps) {
        if (mps == 0) {
            return "none";
        }
        return readable(mps, List.of("mm/h"), text -> QuantityParser.parse(text, Dimension.SPEED))
                .orElse(Numbers.plain(mps) + " m/s");
    }

    /** A rate per time in 1/s as text per hour, minute or second, e.g. "0.5 /h". */
    static String formatPerTime(double perS) {
        return readable(perS, PER_TIME_UNITS, QuantityText::parsePerTime).orElse(Numbers.plain(perS) + " /s");
    }

    /**
     * A rate per time such as "0.5 /h" or "2 / min", in 1/s.
     *
     * @throws IllegalArgumentException when the text is not a number, "/" and a unit of time
     */
    static double parsePerTime(String text) {
        Matcher m = PER_TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(PER_TIME_EXPECTED + ", got \"" + text + "\"");
        }
        try {
            return Double.parseDouble(m.group(1)) / QuantityParser.parse("1 " + m.group(2), Dimension.TIME);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PER_TIME_EXPECTED + ", got \"" + text + "\" (\"" + m.group(2)
                    + "\" is not a unit of time)");
        }
    }

    private static Optional<String> readable(double si, List<String> units, ToDoubleFunction<String> parse) {
        for (String unit : units) {
            double whole = Math.rint(valueIn(unit, si, parse));
            if (Math.abs(whole) >= 1 && Math.abs(whole) < WHOLE_NUMBER_LIMIT) {
                Optional<String> text = exact(whole, 0, unit, parse, si);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        for (String unit : units) {
            Optional<String> text = exact(valueIn(unit, si, parse), DECIMALS, unit, parse, si);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The value in {@code unit}, from the SI values of 1 and 2 of it, which also covers °C's offset (0 K is no temperature). */
    private static double valueIn(String unit, double si, ToDoubleFunction<String> parse) {
        double one = parse.applyAsDouble("1 " + unit);
        double step = parse.applyAsDouble("2 " + unit) - one;
        return (si - one) / step + 1;
    }

    private static Optional<String> exact(double value, int decimals, String unit, ToDoubleFunction<String> parse,
                                          double si) {
        String text = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + " " + unit;
        try {
            return parse.applyAsDouble(text) == si ? Optional.of(text) : Optional.empty();
        } catch (IllegalArgumentException roundedOutOfRange) {
            return Optional.empty();
        }
    }
}
