package org.cbrnsim.hazard.substance;

/**
 * Liquid heat capacity from DIPPR equation 100 (substances.md §0, E5):
 * Cp = A + B·T + C·T² + D·T³ + E·T⁴ in J/(kmol·K); returned per kg. Coefficients from Perry's
 * Chemical Engineers' Handbook, 8th ed., Table 2-153, as in substances.md Table 6.
 *
 * @param molarMassKgPerMol molar mass (kg/mol) used to convert to J/(kg·K)
 */
public record Dippr100Equation(double a, double b, double c, double d, double e, double molarMassKgPerMol)
        implements CorrelationEquation {

    private static final double MOL_PER_KMOL = 1000.0;

    /** Heat capacity in J/(kg·K). */
    @Override
    public double valueSi(double temperatureK) {
        double t = temperatureK;
        return (a + t * (b + t * (c + t * (d + t * e)))) / (MOL_PER_KMOL * molarMassKgPerMol);
    }
}
