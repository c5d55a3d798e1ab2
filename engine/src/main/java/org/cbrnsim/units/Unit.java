package org.cbrnsim.units;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The table of units a user may type, each with its dimension, its conversion to SI
 * ({@code si = value * factor + offset}) and the spellings it accepts (matched ignoring case).
 *
 * <p>Conversion factors are the exact definitions of NIST Special Publication 811 (Thompson &amp; Taylor
 * 2008), Appendix B.8: international foot 0.3048 m, mile 1609.344 m, avoirdupois pound 0.45359237 kg,
 * knot 1852 m/h, standard atmosphere 101 325 Pa, psi = lbf/in² = 6894.757 Pa; degrees Celsius and
 * Fahrenheit by their definitions T/K = t/°C + 273.15 = (t/°F + 459.67)·5/9.
 */
enum Unit {
    METRE(Dimension.LENGTH, 1, "m", "metre", "metres", "meter", "meters"),
    CENTIMETRE(Dimension.LENGTH, 0.01, "cm"),
    MILLIMETRE(Dimension.LENGTH, 0.001, "mm"),
    KILOMETRE(Dimension.LENGTH, 1000, "km"),
    FOOT(Dimension.LENGTH, 0.3048, "ft", "foot", "feet"),
    MILE(Dimension.LENGTH, 1609.344, "mi", "mile", "miles"),

    KILOGRAM(Dimension.MASS, 1, "kg", "kilogram", "kilograms"),
    GRAM(Dimension.MASS, 1e-3, "g", "gram", "grams"),
    MILLIGRAM(Dimension.MASS, 1e-6, "mg"),
    MICROGRAM(Dimension.MASS, 1e-9, "ug"),
    TONNE(Dimension.MASS, 1000, "t", "tonne", "tonnes"),
    POUND(Dimension.MASS, 0.45359237, "lb", "lbs", "pound", "pounds"),

    SECOND(Dimension.TIME, 1, "s", "sec", "second", "seconds"),
    MINUTE(Dimension.TIME, 60, "min", "mins", "minute", "minutes"),
    HOUR(Dimension.TIME, 3600, "h", "hr", "hrs", "hour", "hours"),
    DAY(Dimension.TIME, 86400, "d", "day", "days"),

    CUBIC_METRE(Dimension.VOLUME, 1, "m3"),
    LITRE(Dimension.VOLUME, 1e-3, "l", "litre", "litres", "liter", "liters"),

    SQUARE_METRE(Dimension.AREA, 1, "m2"),
    HECTARE(Dimension.AREA, 1e4, "ha"),
    SQUARE_KILOMETRE(Dimension.AREA, 1e6, "km2"),

    MILE_PER_HOUR(Dimension.SPEED, 1609.344 / 3600, "mph"),
    KNOT(Dimension.SPEED, 1852.0 / 3600, "kn", "knot", "knots"),
    KILOMETRE_PER_HOUR(Dimension.SPEED, 1 / 3.6, "kph", "kmh"),

    KELVIN(Dimension.TEMPERATURE, 1, 0, "k", "kelvin"),
    CELSIUS(Dimension.TEMPERATURE, 1, 273.15, "c", "°c", "degc", "celsius"),
    FAHRENHEIT(Dimension.TEMPERATURE, 5.0 / 9, 459.67 * 5 / 9, "f", "°f", "degf", "fahrenheit"),

    PASCAL(Dimension.PRESSURE, 1, "pa"),
    HECTOPASCAL(Dimension.PRESSURE, 100, "hpa"),
    MILLIBAR(Dimension.PRESSURE, 100, "mbar"),
    KILOPASCAL(Dimension.PRESSURE, 1000, "kpa"),
    BAR(Dimension.PRESSURE, 1e5, "bar"),
    ATMOSPHERE(Dimension.PRESSURE, 101325, "atm"),
    PSI(Dimension.PRESSURE, 0.45359237 * 9.80665 / (0.0254 * 0.0254), "psi"),

    PART_PER_MILLION(Dimension.VOLUME_FRACTION, 1e-6, "ppm"),
    PART_PER_BILLION(Dimension.VOLUME_FRACTION, 1e-9, "ppb"),

    PERCENT(Dimension.FRACTION, 0.01, "%");

    /** A resolved unit: atomic from this table, or a quotient of two of them. */
    record Scale(Dimension dimension, double factor, double offset) {
        double toSi(double value) {
            return value * factor + offset;
        }
    }

    private static final Map<String, Unit> BY_SPELLING = indexBySpelling();

    private final Dimension dimension;
    private final double factor;
    private final double offset;
    private final List<String> spellings;

    Unit(Dimension dimension, double factor, String... spellings) {
        this(dimension, factor, 0, spellings);
    }

    Unit(Dimension dimension, double factor, double offset, String... spellings) {
        this.dimension = dimension;
        this.factor = factor;
        this.offset = offset;
        this.spellings = List.of(spellings);
    }

    /**
     * The scale of a unit as typed ("kg/min", "°C", "km / h"), or empty when it is not a known unit nor a
     * known unit over another that form a quotient dimension.
     */
    static Optional<Scale> resolve(String typed) {
        String key = normalise(typed);
        Unit atomic = BY_SPELLING.get(key);
        if (atomic != null) {
            return Optional.of(new Scale(atomic.dimension, atomic.factor, atomic.offset));
        }
        int slash = key.indexOf('/');
        if (slash <= 0 || slash != key.lastIndexOf('/')) {
            return Optional.empty();
        }
        Unit top = BY_SPELLING.get(key.substring(0, slash));
        Unit bottom = BY_SPELLING.get(key.substring(slash + 1));
        if (top == null || bottom == null) {
            return Optional.empty();
        }
        for (Dimension d : Dimension.values()) {
            if (d.isQuotient() && d.numerator() == top.dimension && d.denominator() == bottom.dimension) {
                return Optional.of(new Scale(d, top.factor / bottom.factor, 0));
            }
        }
        return Optional.empty();
    }

    /** Lower case, no spaces, one spelling for micro, superscripts and degree signs. */
    private static String normalise(String typed) {
        return typed.replaceAll("\\s+", "")
                .replace('µ', 'u').replace('μ', 'u')
                .replace("³", "3").replace("²", "2").replace("^", "")
                .replace('º', '°').replace("℃", "°c").replace("℉", "°f")
                .toLowerCase(Locale.ROOT);
    }

    private static Map<String, Unit> indexBySpelling() {
        Map<String, Unit> index = new HashMap<>();
        for (Unit unit : values()) {
            for (String spelling : unit.spellings) {
                Unit previous = index.put(spelling, unit);
                if (previous != null) {
                    throw new IllegalStateException(
                            "unit spelling \"" + spelling + "\" names both " + previous + " and " + unit);
                }
            }
        }
        return Map.copyOf(index);
    }
}
