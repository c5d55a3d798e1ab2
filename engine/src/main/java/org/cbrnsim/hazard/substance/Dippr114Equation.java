package org.cbrnsim.hazard.substance;

/**
 * Liquid heat capacity from DIPPR equation 114 (substances.md §0, E6):
 * Cp = A²/τ + B − 2AC·τ − AD·τ² − C²τ³/3 − CD·τ⁴/2 − D²τ⁵/5, τ = 1 − T/Tc, in J/(kmol·K);
 * returned per kg. Coefficients from Perry's Chemical Engineers' Handbook, 8th ed.,
 * Table 2-153, as in substances.md Table 6.
 *
 * @param criticalTemperatureK Tc on which τ is based (K)
 * @param molarMassKgPerMol    molar mass (kg/mol) used to convert to J/(kg·K)
 */
public record Dippr114Equation(double criticalTemperatureK, double a, double b, double c, double d,
                               double molarMassKgPerMol) implements CorrelationEquation {

    private static final double MOL_PER_KMOL = 1000.0;

    /** Heat capacity in J/(kg·K). */
    @Override
    public double valueSi(double temperatureK) {
        double tau = 1.0 - temperatureK / criticalTemperatureK;
        double cpPerKmol = a * a / tau + b - 2.0 * a * c * tau - a * d * tau * tau
                - c * c * Math.pow(tau, 3) / 3.0 - c * d * Math.pow(tau, 4) / 2.0 - d * d * Math.pow(tau, 5) / 5.0;
        return cpPerKmol / (MOL_PER_KMOL * molarMassKgPerMol);
    }
}
