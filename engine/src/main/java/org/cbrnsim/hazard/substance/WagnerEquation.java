package org.cbrnsim.hazard.substance;

/**
 * Vapour pressure from the Wagner 2.5-5 equation in the VDI Heat Atlas PPDS form (substances.md
 * §0, E8): ln(P/Pc) = (A·τ + B·τ^1.5 + C·τ^2.5 + D·τ^5)/(T/Tc), τ = 1 − T/Tc. Wagner (1973),
 * Cryogenics 13:470; coefficients from VDI Heat Atlas, 2nd ed., as in substances.md Table 4c.
 *
 * @param criticalTemperatureK Tc of the coefficient set (K)
 * @param criticalPressurePa   Pc of the coefficient set (Pa)
 */
public record WagnerEquation(double criticalTemperatureK, double criticalPressurePa,
                             double a, double b, double c, double d) implements CorrelationEquation {

    /** Saturation pressure in Pa. */
    @Override
    public double valueSi(double temperatureK) {
        double reducedT = temperatureK / criticalTemperatureK;
        double tau = 1.0 - reducedT;
        double sum = a * tau + b * Math.pow(tau, 1.5) + c * Math.pow(tau, 2.5) + d * Math.pow(tau, 5.0);
        return criticalPressurePa * Math.exp(sum / reducedT);
    }
}
