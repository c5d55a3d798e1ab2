package org.cbrnsim.hazard.substance;

/**
 * Enthalpy of vaporisation from DIPPR equation 106 (substances.md §0, E4):
 * ΔvapH = C1·(1 − Tr)^(C2 + C3·Tr + C4·Tr²), Tr = T/Tc, C1 in J/mol; returned per kg.
 * Coefficients from Perry's Chemical Engineers' Handbook, 8th ed., Table 2-150, as in
 * substances.md Table 5.
 *
 * @param criticalTemperatureK Tc of the set (K)
 * @param c1JPerMol            C1 (J/mol)
 * @param molarMassKgPerMol    molar mass used to convert to J/kg
 */
public record Dippr106Equation(double criticalTemperatureK, double c1JPerMol, double c2, double c3, double c4,
                               double molarMassKgPerMol) implements CorrelationEquation {

    /** Enthalpy of vaporisation in J/kg. */
    @Override
    public double valueSi(double temperatureK) {
        double tr = temperatureK / criticalTemperatureK;
        return c1JPerMol * Math.pow(1.0 - tr, c2 + c3 * tr + c4 * tr * tr) / molarMassKgPerMol;
    }
}
