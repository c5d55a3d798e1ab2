package org.cbrnsim.hazard.substance;

/**
 * Saturated liquid density from the VDI Heat Atlas PPDS equation 116 (substances.md §0, E10):
 * ρ = ρc + A·τ^0.35 + B·τ^(2/3) + C·τ + D·τ^(4/3), τ = 1 − T/Tc. VDI Heat Atlas, 2nd ed.
 * (2010), section D3.1; coefficients as in substances.md Table 3b.
 *
 * @param criticalTemperatureK    Tc of the set (K)
 * @param criticalDensityKgPerM3  ρc of the set (kg/m³)
 */
public record Ppds116Equation(double criticalTemperatureK, double criticalDensityKgPerM3,
                              double a, double b, double c, double d) implements CorrelationEquation {

    /** Density in kg/m³. */
    @Override
    public double valueSi(double temperatureK) {
        double tau = 1.0 - temperatureK / criticalTemperatureK;
        return criticalDensityKgPerM3 + a * Math.pow(tau, 0.35) + b * Math.pow(tau, 2.0 / 3.0)
                + c * tau + d * Math.pow(tau, 4.0 / 3.0);
    }
}
