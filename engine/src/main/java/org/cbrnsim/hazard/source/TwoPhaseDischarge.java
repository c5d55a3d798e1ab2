package org.cbrnsim.hazard.source;

/**
 * Mass flux of a saturated liquefied gas through a hole or short pipe, with the flashing that chokes
 * the flow.
 *
 * <p>Fauske's homogeneous non-equilibrium model (Fauske 1985, "Flashing flows or: some practical
 * guidelines for emergency releases", Plant/Operations Progress 4(3):132–134; Fauske &amp; Epstein
 * 1988), as used by ALOHA for two-phase tank releases (Jones et al. 2013, ALOHA Tech Doc §3.4.5,
 * transcribed by HAZEL [S]) and given by CCPS (1999) §2.1.1 and Crowl &amp; Louvar (2011) §4-9 [M]:
 * <pre>
 *   G = h_fg / v_fg · 1/√(N·c_p·T),   N = h_fg² / (2·ΔP·ρ_f·C_d²·v_fg²·T·c_p) + L/L_e,   L_e = 0.1 m
 * </pre>
 * For a hole in the wall (L = 0) the liquid has no time to flash and G reduces to the Bernoulli flux
 * C_d·√(2·ρ_f·ΔP); for L ≥ L_e the flashing reaches equilibrium and G tends to Fauske's equilibrium
 * rate model G<sub>ERM</sub> = h_fg/v_fg · √(1/(c_p·T)).
 */
public final class TwoPhaseDischarge {

    /** Pipe length L<sub>e</sub> over which the flashing reaches equilibrium (m), Fauske (1985). */
    public static final double EQUILIBRIUM_LENGTH_M = 0.1;

    /** Discharge coefficient of a sharp-edged hole used by ALOHA (Tech Doc §3.4.4.1 [S]). */
    public static final double SHARP_EDGED_HOLE_DISCHARGE_COEFFICIENT = 0.61;

    private TwoPhaseDischarge() {
    }

    /**
     * Fauske's non-equilibrium mass flux G (kg/(m²·s)).
     *
     * @param liquid               saturated state upstream of the hole
     * @param pressureDropPa       upstream minus ambient pressure (Pa, &gt; 0)
     * @param dischargeCoefficient C<sub>d</sub> (0 &lt; C<sub>d</sub> ≤ 1)
     * @param pipeLengthM          length L of pipe between the liquid and the exit (m, ≥ 0)
     */
    public static double massFluxKgPerM2S(SaturatedLiquid liquid, double pressureDropPa, double dischargeCoefficient,
                                          double pipeLengthM) {
        Require.positive("pressure drop across the hole", pressureDropPa, "Pa");
        if (!(dischargeCoefficient > 0 && dischargeCoefficient <= 1)) {
            throw new IllegalArgumentException("discharge coefficient must be in (0, 1], got " + dischargeCoefficient);
        }
        Require.nonNegative("pipe length", pipeLengthM, "m");
        double hfg = liquid.heatOfVaporisationJPerKg();
        double vfg = liquid.evaporationVolumeChangeM3PerKg();
        double cpT = liquid.heatCapacityJPerKgK() * liquid.temperatureK();
        double n = hfg * hfg / (2 * pressureDropPa * liquid.liquidDensityKgPerM3() * dischargeCoefficient
                * dischargeCoefficient * vfg * vfg * cpT) + pipeLengthM / EQUILIBRIUM_LENGTH_M;
        return hfg / vfg / Math.sqrt(n * cpT);
    }

    /** Fauske's equilibrium rate model G<sub>ERM</sub> = h_fg/v_fg · √(1/(c_p·T)) (kg/(m²·s)). */
    public static double equilibriumMassFluxKgPerM2S(SaturatedLiquid liquid) {
        return liquid.heatOfVaporisationJPerKg() / liquid.evaporationVolumeChangeM3PerKg()
                / Math.sqrt(liquid.heatCapacityJPerKgK() * liquid.temperatureK());
    }
}
