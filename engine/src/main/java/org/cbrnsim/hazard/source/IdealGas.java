package org.cbrnsim.hazard.source;

/** Ideal-gas relations used by the source models (SI units). */
final class IdealGas {

    /** Molar gas constant R (J/(mol·K)), CODATA 2018 exact value. */
    static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

    private IdealGas() {
    }

    /** Density ρ = P·M/(R·T) of a pure ideal gas (kg/m³). */
    static double densityKgPerM3(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return pressurePa * molarMassKgPerMol / (GAS_CONSTANT_J_PER_MOL_K * temperatureK);
    }

    /** Specific volume v = R·T/(P·M) of a pure ideal gas (m³/kg). */
    static double specificVolumeM3PerKg(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return 1.0 / densityKgPerM3(molarMassKgPerMol, temperatureK, pressurePa);
    }
}
