package org.cbrnsim.hazard.source;

import org.cbrnsim.hazard.atmosphere.WindPowerLaw;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * The weather over an evaporating puddle.
 *
 * @param windSpeed10MPerS wind speed at 10 m (m/s, &gt; 0)
 * @param stability        Pasquill–Gifford stability class
 * @param airTemperatureK  air temperature (K); the ground is taken at the same temperature
 * @param airPressurePa    air pressure (Pa)
 * @param roughnessM       roughness length z<sub>0</sub> of the surface around the puddle (m, &gt; 0)
 */
public record PoolWeather(double windSpeed10MPerS, StabilityClass stability, double airTemperatureK,
                          double airPressurePa, double roughnessM) {

    /** Deacon's ratio of U* to U<sub>10</sub> for the puddle mass transfer (ALOHA Tech Doc §3.3.1 [S]). */
    public static final double DEACON_FRICTION_RATIO = 0.03;

    public PoolWeather {
        Require.positive("wind speed at 10 m", windSpeed10MPerS, "m/s");
        if (stability == null) {
            throw new IllegalArgumentException("a stability class A-F is needed for puddle evaporation");
        }
        Require.positive("air temperature", airTemperatureK, "K");
        Require.positive("air pressure", airPressurePa, "Pa");
        Require.positive("surface roughness length", roughnessM, "m");
    }

    /**
     * Friction velocity over the puddle U* = 0.03·U<sub>10</sub>, Deacon (1973) for a wind measured at
     * 10 m, as ALOHA uses it for evaporation (Tech Doc §3.3.1; dispersion.md §1.2, §1.9 [S]) (m/s).
     */
    public double frictionVelocityMPerS() {
        return DEACON_FRICTION_RATIO * windSpeed10MPerS;
    }

    /**
     * Exponent n of the power-law wind profile for the stability class, ALOHA Tech Doc Table 7 after
     * Havens &amp; Spicer (dispersion.md §1.5 [S]): A 0.108, B 0.112, C 0.120, D 0.142, E 0.203, F 0.253.
     */
    public double windProfileExponent() {
        return WindPowerLaw.ALOHA.exponent(stability);
    }
}
