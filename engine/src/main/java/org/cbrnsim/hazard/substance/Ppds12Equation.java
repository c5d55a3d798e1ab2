package org.cbrnsim.hazard.substance;

import org.cbrnsim.units.IdealGas;

/**
 * Enthalpy of vaporisation from the VDI Heat Atlas PPDS equation 12 (substances.md §0, E9):
 * ΔvapH = R·Tc·(A·τ^(1/3) + B·τ^(2/3) + C·τ + D·τ² + E·τ⁶), τ = 1 − T/Tc, in J/mol; returned
 * per kg. VDI Heat Atlas, 2nd ed. (2010), section D3.1; coefficients as in substances.md Table 5.
 *
 * @param criticalTemperatureK Tc of the set (K)
 * @param molarMassKgPerMol    molar mass used to convert to J/kg
 */
public record Ppds12Equation(double criticalTemperatureK, double a, double b, double c, double d, double e,
                             double molarMassKgPerMol) implements CorrelationEquation {

    /** Enthalpy of vaporisation in J/kg. */
    @Override
    public double valueSi(double temperatureK) {
        double tau = 1.0 - temperatureK / criticalTemperatureK;
        double sum = a * Math.cbrt(tau) + b * Math.pow(tau, 2.0 / 3.0) + c * tau + d * tau * tau + e * Math.pow(tau, 6.0);
        return IdealGas.GAS_CONSTANT_J_PER_MOL_K * criticalTemperatureK * sum / molarMassKgPerMol;
    }
}
