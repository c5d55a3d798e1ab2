package org.cbrnsim.hazard.zones;

import org.cbrnsim.units.IdealGas;
/**
 * A toxic level of concern (LOC) both as a volume fraction (ppm) and as a mass concentration (kg/m³).
 * The conversion is the ideal-gas law, c = ppm·10⁻⁶·M·P/(R·T) (reference notes dispersion.md §2.1:
 * molar volume R·T/P = 22.414·(T/273.15) L/mol at 1 atm).
 *
 * @param ppm     volume fraction in parts per million, &gt; 0
 * @param kgPerM3 the same level as a mass concentration (kg/m³), &gt; 0
 */
public record LevelOfConcern(double ppm, double kgPerM3) {

    public LevelOfConcern {
        if (!(ppm > 0) || Double.isInfinite(ppm)) {
            throw new IllegalArgumentException("level of concern must be a finite value > 0 ppm, got " + ppm);
        }
        if (!(kgPerM3 > 0) || Double.isInfinite(kgPerM3)) {
            throw new IllegalArgumentException("level of concern must be a finite value > 0 kg/m³, got " + kgPerM3);
        }
    }

    /**
     * A level given in ppm, converted at temperature {@code temperatureK} and pressure {@code pressurePa}.
     *
     * @param molarMassKgPerMol molar mass of the substance (kg/mol), &gt; 0
     */
    public static LevelOfConcern fromPpm(double ppm, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return new LevelOfConcern(ppm, IdealGas.ppmToKgPerM3(ppm, molarMassKgPerMol, temperatureK, pressurePa));
    }

    /** A level given in ppm, converted at temperature {@code temperatureK} and one standard atmosphere. */
    public static LevelOfConcern fromPpm(double ppm, double molarMassKgPerMol, double temperatureK) {
        return fromPpm(ppm, molarMassKgPerMol, temperatureK, IdealGas.STANDARD_PRESSURE_PA);
    }
}
