package org.cbrnsim.hazard.substance;

import java.util.Locale;

import org.apache.commons.math3.analysis.interpolation.LinearInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;

/**
 * A property given as published table points, interpolated linearly in T between neighbouring
 * points (commons-math {@link LinearInterpolator}). For properties where no fitted coefficient set
 * covers the temperatures a model needs, e.g. liquid c<sub>p</sub> of pressurised liquefied gases
 * above their boiling point, taken from the VDI Heat Atlas saturated-state tables (substances.md §6,
 * source S17). Linear interpolation is how substances.md §10 integrates those tables.
 *
 * <p>Unlike the fitted forms, a table has no formula beyond its points: it is defined only from the
 * first to the last point, and {@link #valueSi} refuses anything outside, even when asked to
 * extrapolate.
 */
public final class LinearTableEquation implements CorrelationEquation {

    private final double[] temperaturesK;
    private final PolynomialSplineFunction segments;

    /**
     * @param temperaturesK strictly increasing temperatures of the points (K, &gt; 0), at least two
     * @param valuesSi      the property at each temperature, in SI units (finite, &gt; 0)
     */
    public LinearTableEquation(double[] temperaturesK, double[] valuesSi) {
        if (temperaturesK.length != valuesSi.length || temperaturesK.length < 2) {
            throw new IllegalArgumentException("a table needs at least two points [T, value], got "
                    + Math.min(temperaturesK.length, valuesSi.length));
        }
        for (int i = 0; i < temperaturesK.length; i++) {
            if (!(temperaturesK[i] > 0) || Double.isInfinite(temperaturesK[i])) {
                throw new IllegalArgumentException("table temperatures must be > 0 K, got " + temperaturesK[i]);
            }
            if (i > 0 && !(temperaturesK[i] > temperaturesK[i - 1])) {
                throw new IllegalArgumentException("table temperatures must increase strictly, got "
                        + temperaturesK[i - 1] + " K then " + temperaturesK[i] + " K");
            }
            if (!(valuesSi[i] > 0) || Double.isInfinite(valuesSi[i])) {
                throw new IllegalArgumentException("table values must be finite and > 0, got " + valuesSi[i]
                        + " at " + temperaturesK[i] + " K");
            }
        }
        this.temperaturesK = temperaturesK.clone();
        this.segments = new LinearInterpolator().interpolate(this.temperaturesK, valuesSi.clone());
    }

    /** Temperature of the first point (K). */
    public double firstTemperatureK() {
        return temperaturesK[0];
    }

    /** Temperature of the last point (K). */
    public double lastTemperatureK() {
        return temperaturesK[temperaturesK.length - 1];
    }

    /** The value interpolated linearly between the neighbouring points; refuses T outside the table. */
    @Override
    public double valueSi(double temperatureK) {
        if (!(temperatureK >= firstTemperatureK() && temperatureK <= lastTemperatureK())) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "a table cannot be extrapolated: %.2f K is outside its points %.2f–%.2f K",
                    temperatureK, firstTemperatureK(), lastTemperatureK()));
        }
        return segments.value(temperatureK);
    }
}
