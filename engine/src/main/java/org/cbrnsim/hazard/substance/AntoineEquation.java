package org.cbrnsim.hazard.substance;

/**
 * Vapour pressure from the Antoine equation in the NIST form (substances.md §0, E1):
 * log10(P/bar) = A − B/(T + C), T in K. Antoine (1888), C. R. Acad. Sci. 107:681; coefficient
 * sets as tabulated in substances.md Table 4a (Poling et al. 5th ed. App. A, NIST WebBook,
 * Landolt-Börnstein IV/20).
 *
 * @param a  A (log10 bar)
 * @param bK B (K)
 * @param cK C (K)
 */
public record AntoineEquation(double a, double bK, double cK) implements CorrelationEquation {

    private static final double PA_PER_BAR = 1.0e5;

    /** Saturation pressure in Pa. */
    @Override
    public double valueSi(double temperatureK) {
        return PA_PER_BAR * Math.pow(10.0, a - bK / (temperatureK + cK));
    }
}
