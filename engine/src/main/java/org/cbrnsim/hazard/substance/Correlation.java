package org.cbrnsim.hazard.substance;

import java.util.Locale;
import java.util.Objects;

/**
 * A published coefficient set for one property of one substance: its equation, the temperature
 * range the source states it is valid for, and where it comes from.
 *
 * <p>Range policy: {@link #at(double)} <em>refuses</em> a temperature outside the valid range
 * (IllegalArgumentException naming substance, property, set and range) instead of clamping or
 * extrapolating silently; clamping a vapour pressure would be badly wrong, and a caller that
 * knows better can check {@link #covers(double)} first. {@link #extrapolatedAt(double)}
 * evaluates the equation anyway, for consistency checks such as the implied boiling point.
 *
 * @param substanceId     library id of the substance
 * @param property        which property the set describes
 * @param label           name of the set, e.g. "DIPPR 101 (Perry)"
 * @param equation        equation form and coefficients
 * @param minTemperatureK lower end of the valid range (K)
 * @param maxTemperatureK upper end of the valid range (K)
 * @param source          where the coefficients and the range come from
 * @param note            remarks on the set (may be empty)
 */
public record Correlation(String substanceId, SubstanceProperty property, String label,
                          CorrelationEquation equation, double minTemperatureK, double maxTemperatureK,
                          String source, String note) implements PropertyCorrelation {

    /** Checks the range is a proper interval and every text is present. */
    public Correlation {
        Objects.requireNonNull(substanceId, "substanceId");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(equation, "equation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        if (!(minTemperatureK > 0 && maxTemperatureK > minTemperatureK)) {
            throw new IllegalArgumentException("valid range must be 0 < Tmin < Tmax K, got "
                    + minTemperatureK + "–" + maxTemperatureK);
        }
    }

    /** Whether {@code temperatureK} lies within the valid range (bounds included). */
    public boolean covers(double temperatureK) {
        return temperatureK >= minTemperatureK && temperatureK <= maxTemperatureK;
    }

    /** The property in SI units; refuses a temperature outside the valid range. */
    @Override
    public double at(double temperatureK) {
        if (!covers(temperatureK)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "%s %s (%s): %.2f K is outside the valid range %.2f–%.2f K of this correlation (%s)",
                    substanceId, property.displayName(), label, temperatureK, minTemperatureK, maxTemperatureK,
                    source));
        }
        return equation.valueSi(temperatureK);
    }

    /** The equation evaluated without the range check, for consistency checks outside the range. */
    public double extrapolatedAt(double temperatureK) {
        return equation.valueSi(temperatureK);
    }
}
