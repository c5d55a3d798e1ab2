package org.cbrnsim.units;

/**
 * Ideal-gas relations in SI units, the one place the engine turns pressure and temperature into
 * densities and ppm into kg/m³: ρ = P·M/(R·T); 1 ppm by volume of a gas of molar mass M is
 * 10⁻⁶·M·P/(R·T) kg/m³ (substances.md §0 "ppm conversion": at 25 °C and 1 atm, M/24.465 mg/m³).
 */
public final class IdealGas {

    /** Molar gas constant R (J/(mol·K)), exact value of the 2019 SI (CODATA 2018). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;
    /** One standard atmosphere (Pa). */
    public static final double STANDARD_PRESSURE_PA = 101_325.0;

    /** Molar mass of dry air (kg/mol), ISO 2533:1975 standard atmosphere. */
    public static final double DRY_AIR_MOLAR_MASS_KG_PER_MOL = 0.0289644;

    private static final double PER_MILLION = 1.0e-6;

    private IdealGas() {
    }

    /** Density ρ = P·M/(R·T) of a pure ideal gas (kg/m³). */
    public static double densityKgPerM3(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        requireState(molarMassKgPerMol, temperatureK, pressurePa);
        return pressurePa * molarMassKgPerMol / (GAS_CONSTANT_J_PER_MOL_K * temperatureK);
    }

    /** Density of dry air at T and P (kg/m³): 1.2250 kg/m³ at 15 °C and 1 atm (US Standard Atmosphere 1976). */
    public static double dryAirDensityKgPerM3(double temperatureK, double pressurePa) {
        return densityKgPerM3(DRY_AIR_MOLAR_MASS_KG_PER_MOL, temperatureK, pressurePa);
    }

    /** Specific volume v = R·T/(P·M) of a pure ideal gas (m³/kg). */
    public static double specificVolumeM3PerKg(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return 1.0 / densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa);
    }

    /** Mass concentration (kg/m³) of {@code ppm} parts per million by volume in air at T and P. */
    public static double ppmToKgPerM3(double ppm, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return ppm * PER_MILLION * densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa);
    }

    /** Parts per million by volume of a mass concentration in kg/m³ in air at T and P. */
    public static double kgPerM3ToPpm(double kgPerM3, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return kgPerM3 / (PER_MILLION * densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa));
    }

    /** Throws IllegalArgumentException unless molar mass, temperature and pressure are all finite and &gt; 0. */
    public static void requireState(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        if (!(molarMassKgPerMol > 0) || Double.isInfinite(molarMassKgPerMol)) {
            throw new IllegalArgumentException("molar mass must be > 0 kg/mol, got " + molarMassKgPerMol);
        }
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new IllegalArgumentException("temperature must be > 0 K, got " + temperatureK);
        }
        if (!(pressurePa > 0) || Double.isInfinite(pressurePa)) {
            throw new IllegalArgumentException("pressure must be > 0 Pa, got " + pressurePa);
        }
    }
}
