package org.cbrnsim.hazard.substance;

/**
 * Saturated liquid density from DIPPR equation 105 (substances.md §0, E3):
 * ρ = M·C1 / C2^(1 + (1 − T/C3)^C4), C1 in kmol/m³. Coefficients from Perry's Chemical
 * Engineers' Handbook, 8th ed., Table 2-32, as in substances.md Table 3b.
 *
 * @param c1KmolPerM3         C1 (kmol/m³)
 * @param c3K                 C3, the critical temperature of the set (K)
 * @param molarMassKgPerMol   M (kg/mol)
 */
public record Dippr105Equation(double c1KmolPerM3, double c2, double c3K, double c4, double molarMassKgPerMol)
        implements CorrelationEquation {

    private static final double MOL_PER_KMOL = 1000.0;

    /** Density in kg/m³. */
    @Override
    public double valueSi(double temperatureK) {
        return molarMassKgPerMol * MOL_PER_KMOL * c1KmolPerM3 / Math.pow(c2, 1.0 + Math.pow(1.0 - temperatureK / c3K, c4));
    }
}
