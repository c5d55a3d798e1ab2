package org.cbrnsim.hazard.effects;

import org.cbrnsim.hazard.substance.ConcentrationUnit;

/**
 * Conversions between mass concentration (kg/m³, the engine's unit) and the units toxicology
 * publishes in (ppm by volume, mg/m³), for an ideal gas: the molar concentration of air is
 * P/(R·T), so 1 ppm of a gas of molar mass M is 10⁻⁶·M·P/(R·T) kg/m³ (substances.md §0,
 * "ppm conversion"; at 25 °C and 1 atm this is M/24.465 mg/m³).
 */
public final class Concentrations {

    /** Molar gas constant R (J/(mol·K)), exact value of the 2019 SI (CODATA 2018). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;
    /** One standard atmosphere (Pa). */
    public static final double STANDARD_PRESSURE_PA = 101_325.0;

    private static final double PER_MILLION = 1.0e-6;
    private static final double KG_PER_MG = 1.0e-6;

    private Concentrations() {
    }

    /** Mass concentration (kg/m³) of {@code ppm} parts per million by volume of an ideal gas. */
    public static double ppmToKgPerM3(double ppm, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return ppm * PER_MILLION * molarDensity(molarMassKgPerMol, temperatureK, pressurePa) * molarMassKgPerMol;
    }

    /** Parts per million by volume of a mass concentration in kg/m³ of an ideal gas. */
    public static double kgPerM3ToPpm(double kgPerM3, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return kgPerM3 / (PER_MILLION * molarDensity(molarMassKgPerMol, temperatureK, pressurePa) * molarMassKgPerMol);
    }

    /** A concentration in {@code unit} converted to kg/m³. */
    public static double toKgPerM3(double value, ConcentrationUnit unit, double molarMassKgPerMol,
                                   double temperatureK, double pressurePa) {
        return switch (unit) {
            case PPM -> ppmToKgPerM3(value, molarMassKgPerMol, temperatureK, pressurePa);
            case MG_PER_M3 -> value * KG_PER_MG;
        };
    }

    /** A concentration in kg/m³ converted to {@code unit}. */
    public static double fromKgPerM3(double kgPerM3, ConcentrationUnit unit, double molarMassKgPerMol,
                                     double temperatureK, double pressurePa) {
        return switch (unit) {
            case PPM -> kgPerM3ToPpm(kgPerM3, molarMassKgPerMol, temperatureK, pressurePa);
            case MG_PER_M3 -> kgPerM3 / KG_PER_MG;
        };
    }

    /** Molar density P/(R·T) of an ideal gas (mol/m³), after checking the arguments. */
    private static double molarDensity(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        requireGasState(molarMassKgPerMol, temperatureK, pressurePa);
        return pressurePa / (GAS_CONSTANT_J_PER_MOL_K * temperatureK);
    }

    /** Throws IllegalArgumentException unless molar mass, temperature and pressure are all > 0. */
    static void requireGasState(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        if (!(molarMassKgPerMol > 0)) {
            throw new IllegalArgumentException("molar mass must be > 0 kg/mol, got " + molarMassKgPerMol);
        }
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("temperature must be > 0 K, got " + temperatureK);
        }
        if (!(pressurePa > 0)) {
            throw new IllegalArgumentException("pressure must be > 0 Pa, got " + pressurePa);
        }
    }
}
