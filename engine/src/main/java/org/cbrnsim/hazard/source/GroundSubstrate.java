package org.cbrnsim.hazard.source;

/**
 * The ground under a boiling puddle, as heat conduction into the pool needs it.
 *
 * @param name                  what the ground is, for outputs
 * @param conductivityWPerMK    thermal conductivity k (W/(m·K), &gt; 0)
 * @param diffusivityM2PerS     thermal diffusivity α (m²/s, &gt; 0)
 */
public record GroundSubstrate(String name, double conductivityWPerMK, double diffusivityM2PerS) {

    /*
     * ALOHA's substrate set (Jones et al. 2013, ALOHA Tech Doc Table 9, after Briscoe & Shaw 1980), as
     * transcribed by HAZEL [S]. These are ALOHA's effective values: they include its empirical
     * enhancement of conductivity, so they conduct more heat than handbook soil properties would.
     */

    /** ALOHA "default soil". */
    public static final GroundSubstrate ALOHA_DEFAULT_SOIL = new GroundSubstrate("default soil", 8.64, 4.13e-6);
    /** ALOHA "concrete". */
    public static final GroundSubstrate ALOHA_CONCRETE = new GroundSubstrate("concrete", 8.28, 3.74e-6);
    /** ALOHA "dry sandy soil". */
    public static final GroundSubstrate ALOHA_DRY_SANDY_SOIL = new GroundSubstrate("dry sandy soil", 2.34, 1.74e-6);
    /** ALOHA "moist sandy soil". */
    public static final GroundSubstrate ALOHA_MOIST_SANDY_SOIL = new GroundSubstrate("moist sandy soil", 5.31, 3.02e-6);

    public GroundSubstrate {
        Require.positive("ground thermal conductivity", conductivityWPerMK, "W/(m K)");
        Require.positive("ground thermal diffusivity", diffusivityM2PerS, "m2/s");
    }

    /**
     * Heat flux from the ground into a pool held at a fixed temperature, {@code temperatureStepK} below
     * the initial ground temperature, {@code tS} seconds after the contact began: the semi-infinite
     * solid q = k·ΔT/√(π·α·t) (Carslaw &amp; Jaeger 1959, §2.5; the boiling-pool model of CCPS 1999
     * §2.1.3 and of the TNO Yellow Book, CPR 14E, ch. 3 [M]) (W/m²).
     */
    public double heatFluxWPerM2(double temperatureStepK, double tS) {
        return conductivityWPerMK * temperatureStepK / Math.sqrt(Math.PI * diffusivityM2PerS * tS);
    }

    /** Heat conducted per unit area by time {@code tS}, the integral of {@link #heatFluxWPerM2} = 2·k·ΔT·√(t/(π·α)) (J/m²). */
    public double heatConductedJPerM2(double temperatureStepK, double tS) {
        return 2 * conductivityWPerMK * temperatureStepK * Math.sqrt(Math.max(tS, 0) / (Math.PI * diffusivityM2PerS));
    }
}
