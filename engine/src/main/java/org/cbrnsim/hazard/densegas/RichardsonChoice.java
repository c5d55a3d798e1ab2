package org.cbrnsim.hazard.densegas;

/**
 * The outcome of the passive/dense switch, with the numbers behind it so that outputs can show them.
 *
 * @param regime                   which dispersion model applies
 * @param richardsonNumber         the source Richardson number Ri = H·ĝ/U*² (negative for a cloud lighter than air)
 * @param criticalRichardsonNumber the threshold it was compared with
 */
public record RichardsonChoice(Regime regime, double richardsonNumber, double criticalRichardsonNumber) {

    /** Passive (neutrally buoyant, Gaussian) or dense (gravity-driven, heavy-gas) dispersion. */
    public enum Regime {
        PASSIVE, DENSE
    }

    /** True when the dense-gas model applies. */
    public boolean isDense() {
        return regime == Regime.DENSE;
    }
}
