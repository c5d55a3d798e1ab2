package org.cbrnsim.hazard.densegas;

import org.cbrnsim.units.IdealGas;
/**
 * The ambient air a dense cloud spreads into: its density and temperature, and the wind speed at the
 * 10 m reference height that the dense-gas correlations (Britter &amp; McQuaid 1988) and the
 * Richardson-number switch (ALOHA Tech Doc §4.4.1) are written in.
 *
 * @param airDensityKgPerM3 density of the ambient air (kg/m³), &gt; 0
 * @param airTemperatureK   ambient air temperature (K), &gt; 0
 * @param windSpeed10mMps   mean wind speed at 10 m (m/s), &gt; 0
 */
public record DenseGasAtmosphere(double airDensityKgPerM3, double airTemperatureK, double windSpeed10mMps) {

    /** Standard gravity g<sub>n</sub> (m/s²), CGPM 1901 / ISO 80000-3. */
    public static final double GRAVITY_MPS2 = 9.80665;

    public DenseGasAtmosphere {
        if (!(airDensityKgPerM3 > 0)) {
            throw new IllegalArgumentException("air density must be > 0 kg/m³, got " + airDensityKgPerM3);
        }
        if (!(airTemperatureK > 0)) {
            throw new IllegalArgumentException("air temperature must be > 0 K, got " + airTemperatureK);
        }
        if (!(windSpeed10mMps > 0)) {
            throw new IllegalArgumentException("wind speed at 10 m must be > 0 m/s, got " + windSpeed10mMps);
        }
    }

    /**
     * Dry air as an ideal gas, ρ = p·M/(R·T), at the given temperature and pressure.
     *
     * @param airTemperatureK ambient temperature (K)
     * @param pressurePa      ambient pressure (Pa), &gt; 0
     * @param windSpeed10mMps wind speed at 10 m (m/s)
     */
    public static DenseGasAtmosphere dryAir(double airTemperatureK, double pressurePa, double windSpeed10mMps) {
        if (!(pressurePa > 0)) {
            throw new IllegalArgumentException("air pressure must be > 0 Pa, got " + pressurePa);
        }
        if (!(airTemperatureK > 0)) {
            throw new IllegalArgumentException("air temperature must be > 0 K, got " + airTemperatureK);
        }
        double density = IdealGas.dryAirDensityKgPerM3(airTemperatureK, pressurePa);
        return new DenseGasAtmosphere(density, airTemperatureK, windSpeed10mMps);
    }

    /**
     * Reduced gravity of a cloud of the given density, g' = g·(ρ<sub>cloud</sub> − ρ<sub>air</sub>)/ρ<sub>air</sub>
     * (m/s²); negative for a cloud lighter than air. Britter &amp; McQuaid (1988) call it g<sub>o</sub>;
     * ALOHA Tech Doc §4.4.1 writes ĝ.
     */
    public double reducedGravityMps2(double cloudDensityKgPerM3) {
        return GRAVITY_MPS2 * (cloudDensityKgPerM3 - airDensityKgPerM3) / airDensityKgPerM3;
    }
}
