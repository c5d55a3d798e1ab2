package org.cbrnsim.hazard.source;

import org.cbrnsim.units.IdealGas;
import org.cbrnsim.hazard.substance.Substance;

/**
 * A liquefied gas stored at its own vapour pressure: the saturated-state properties that two-phase
 * discharge needs, at one temperature. The vapour is treated as an ideal gas.
 *
 * @param temperatureK               storage temperature (K)
 * @param pressurePa                 saturation (storage) pressure P<sub>sat</sub>(T) (Pa)
 * @param liquidDensityKgPerM3       saturated liquid density (kg/m³)
 * @param vapourSpecificVolumeM3PerKg saturated vapour specific volume R·T/(P·M) (m³/kg)
 * @param heatOfVaporisationJPerKg   h<sub>fg</sub> at T (J/kg)
 * @param heatCapacityJPerKgK        liquid c<sub>p</sub> at T (J/(kg·K))
 */
public record SaturatedLiquid(double temperatureK, double pressurePa, double liquidDensityKgPerM3,
                              double vapourSpecificVolumeM3PerKg, double heatOfVaporisationJPerKg,
                              double heatCapacityJPerKgK) {

    private static final String MODEL = "two-phase discharge model";

    /** The saturated state of {@code substance} at {@code temperatureK}, from its property correlations. */
    public static SaturatedLiquid of(Substance substance, double temperatureK) {
        Require.positive("storage temperature", temperatureK, "K");
        double pressurePa = Require.property(substance, substance.vapourPressurePa(), "vapour pressure", MODEL)
                .at(temperatureK);
        return new SaturatedLiquid(temperatureK, pressurePa,
                Require.property(substance, substance.liquidDensityKgPerM3(), "liquid density", MODEL).at(temperatureK),
                IdealGas.specificVolumeM3PerKg(substance.molarMassKgPerMol(), temperatureK, pressurePa),
                Require.property(substance, substance.heatOfVaporisationJPerKg(), "heat of vaporisation", MODEL)
                        .at(temperatureK),
                Require.property(substance, substance.liquidHeatCapacityJPerKgK(), "liquid heat capacity", MODEL)
                        .at(temperatureK));
    }

    /** v<sub>fg</sub> = v<sub>g</sub> − v<sub>f</sub>, the specific-volume change on evaporation (m³/kg). */
    public double evaporationVolumeChangeM3PerKg() {
        return vapourSpecificVolumeM3PerKg - 1 / liquidDensityKgPerM3;
    }
}
