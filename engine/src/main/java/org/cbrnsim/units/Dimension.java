package org.cbrnsim.units;

import java.util.List;

/**
 * The physical dimensions a quantity typed by a user can have, each with its SI unit and two examples
 * that error messages show.
 *
 * <p>A quotient dimension ({@link #MASS_RATE}, {@link #SPEED}, {@link #MASS_CONCENTRATION}) also accepts
 * any unit of its numerator over any unit of its denominator, e.g. "t/h" or "lb/min".
 */
public enum Dimension {
    LENGTH("a length", "m", "100 m", "1.5 km"),
    MASS("a mass", "kg", "25 t", "500 kg"),
    TIME("a duration", "s", "10 min", "1.5 h"),
    VOLUME("a volume", "m³", "60 m3", "500 L"),
    AREA("an area", "m²", "200 m2", "1 ha"),
    MASS_RATE("a mass rate", "kg/s", "2 kg/s", "120 kg/min", MASS, TIME),
    SPEED("a speed", "m/s", "3 m/s", "10 km/h", LENGTH, TIME),
    MASS_CONCENTRATION("a mass concentration", "kg/m³", "50 mg/m3", "0.2 g/m3", MASS, VOLUME),
    TEMPERATURE("a temperature", "K", "15 °C", "288 K"),
    PRESSURE("a pressure", "Pa", "101.3 kPa", "1 atm"),
    /** Amount (volume) fraction of a gas in air, in mol/mol: "20 ppm" is 2e-5. */
    VOLUME_FRACTION("a concentration by volume", "mol/mol", "20 ppm", "500 ppb"),
    /** A plain fraction: a bare number, or a percentage. */
    FRACTION("a fraction", "1", "0.7", "70 %");

    private final String description;
    private final String siSymbol;
    private final List<String> examples;
    private final Dimension numerator;
    private final Dimension denominator;

    Dimension(String description, String siSymbol, String example1, String example2) {
        this(description, siSymbol, example1, example2, null, null);
    }

    Dimension(String description, String siSymbol, String example1, String example2,
              Dimension numerator, Dimension denominator) {
        this.description = description;
        this.siSymbol = siSymbol;
        this.examples = List.of(example1, example2);
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** What a value of this dimension is called in a sentence, e.g. "a mass rate". */
    public String description() {
        return description;
    }

    /** The SI unit that {@link QuantityParser#parse} returns values in, e.g. "kg/s". */
    public String siSymbol() {
        return siSymbol;
    }

    /** Two typical inputs, e.g. "2 kg/s" and "120 kg/min". */
    public List<String> examples() {
        return examples;
    }

    /** True when a bare number without a unit is accepted. */
    public boolean isDimensionless() {
        return this == FRACTION;
    }

    /** True when units of this dimension may be written as numerator unit "/" denominator unit. */
    boolean isQuotient() {
        return numerator != null;
    }

    Dimension numerator() {
        return numerator;
    }

    Dimension denominator() {
        return denominator;
    }

    /** "a mass rate such as "2 kg/s" or "120 kg/min"", for error messages. */
    String expectation() {
        return description + " such as \"" + examples.get(0) + "\" or \"" + examples.get(1) + "\"";
    }
}
