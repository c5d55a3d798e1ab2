package org.cbrnsim.app.cli;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converts "D" or "d" to a {@link StabilityClass}; anything else is refused with what is expected. */
public final class StabilityConverter implements ITypeConverter<StabilityClass> {

    @Override
    public StabilityClass convert(String value) {
        try {
            return StabilityClass.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
