package org.cbrnsim.app.cli;

import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value with a unit ("2kg/s", "10 min") to SI. picocli instantiates converters by
 * class, so each dimension the command line uses has a one-line subclass below; picocli prefixes
 * the message with the option's name.
 */
public abstract class QuantityConverter implements ITypeConverter<Double> {

    private final Dimension dimension;

    protected QuantityConverter(Dimension dimension) {
        this.dimension = dimension;
    }

    @Override
    public Double convert(String value) {
        try {
            return QuantityParser.parse(value, dimension);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    /** A length, e.g. "0m", "1.5 km". */
    public static final class Length extends QuantityConverter {
        public Length() {
            super(Dimension.LENGTH);
        }
    }

    /** A mass, e.g. "9t". */
    public static final class Mass extends QuantityConverter {
        public Mass() {
            super(Dimension.MASS);
        }
    }

    /** A duration, e.g. "10min". */
    public static final class Duration extends QuantityConverter {
        public Duration() {
            super(Dimension.TIME);
        }
    }

    /** A mass rate, e.g. "2kg/s". */
    public static final class MassRate extends QuantityConverter {
        public MassRate() {
            super(Dimension.MASS_RATE);
        }
    }

    /** A speed, e.g. "3m/s". */
    public static final class Speed extends QuantityConverter {
        public Speed() {
            super(Dimension.SPEED);
        }
    }

    /** A temperature, e.g. "15C". */
    public static final class Temperature extends QuantityConverter {
        public Temperature() {
            super(Dimension.TEMPERATURE);
        }
    }

    /** A pressure, e.g. "101.3 kPa". */
    public static final class Pressure extends QuantityConverter {
        public Pressure() {
            super(Dimension.PRESSURE);
        }
    }
}
