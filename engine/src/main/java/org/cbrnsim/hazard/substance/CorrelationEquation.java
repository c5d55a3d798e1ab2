package org.cbrnsim.hazard.substance;

/**
 * One of the temperature-correlation forms of the substance library (substances.md §0, forms
 * E1–E10, or a table of published points), holding its published coefficients or points and
 * evaluating the property in SI units.
 * The formula is evaluated wherever it is defined; the valid temperature range of a coefficient
 * set is enforced by {@link Correlation}, not here.
 */
public sealed interface CorrelationEquation
        permits AntoineEquation, Dippr100Equation, Dippr101Equation, Dippr105Equation,
                Dippr106Equation, Dippr114Equation, WagnerEquation, Ppds12Equation, Ppds116Equation,
                LinearTableEquation {

    /** The property at {@code temperatureK}, in SI units (Pa, kg/m³, J/kg, J/(kg·K)). */
    double valueSi(double temperatureK);
}
