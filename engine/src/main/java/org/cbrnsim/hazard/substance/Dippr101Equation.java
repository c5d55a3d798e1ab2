package org.cbrnsim.hazard.substance;

/**
 * Vapour pressure from DIPPR equation 101 (substances.md §0, E2):
 * ln(P/Pa) = C1 + C2/T + C3·ln T + C4·T^C5. Coefficients from Perry's Chemical Engineers'
 * Handbook, 8th ed., Table 2-8, as carried in substances.md Table 4b.
 */
public record Dippr101Equation(double c1, double c2, double c3, double c4, double c5)
        implements CorrelationEquation {

    /** Saturation pressure in Pa. */
    @Override
    public double valueSi(double temperatureK) {
        return Math.exp(c1 + c2 / temperatureK + c3 * Math.log(temperatureK) + c4 * Math.pow(temperatureK, c5));
    }
}
