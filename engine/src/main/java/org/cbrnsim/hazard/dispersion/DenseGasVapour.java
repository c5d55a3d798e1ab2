package org.cbrnsim.hazard.dispersion;

/**
 * The released material as it leaves the source: pure vapour at the cloud's initial density and
 * temperature (for a flashing or boiling liquefied gas, its boiling point; for a vapour, its storage
 * temperature).
 *
 * <p>The Britter &amp; McQuaid (1988) correlations give the dilution of the source volume, C* = C<sub>m</sub>/C<sub>0</sub>,
 * as measured in isothermal releases. For a release colder or warmer than the air, the workbook's
 * non-isothermal correction (as given in CCPS 1999, §2.3.3) relates the mole (= volume) fraction C
 * to C*, assuming adiabatic mixing with equal molar heat capacities:
 * C = C* / (C* + (1 − C*)·T<sub>0</sub>/T<sub>a</sub>), the form C* = C/(C + (1 − C)·T<sub>a</sub>/T<sub>0</sub>) solved for C.
 * Under the same assumption the volumes of the released gas and the entrained air add, so the mass
 * concentration of the released material at the cloud's mixed temperature is exactly ρ<sub>0</sub>·C*.
 *
 * @param densityKgPerM3 density of the released vapour at the source (kg/m³), &gt; 0
 * @param temperatureK   temperature of the released vapour at the source (K), &gt; 0
 */
public record DenseGasVapour(double densityKgPerM3, double temperatureK) {

    public DenseGasVapour {
        if (!(densityKgPerM3 > 0)) {
            throw new IllegalArgumentException("cloud density must be > 0 kg/m³, got " + densityKgPerM3);
        }
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("cloud temperature must be > 0 K, got " + temperatureK);
        }
    }

    /**
     * An ideal-gas vapour, ρ = p·M/(R·T).
     *
     * @param molarMassKgPerMol molar mass of the released material (kg/mol), &gt; 0
     * @param temperatureK      vapour temperature at the source (K), &gt; 0
     * @param pressurePa        pressure (Pa), &gt; 0
     */
    public static DenseGasVapour idealGas(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        if (!(molarMassKgPerMol > 0)) {
            throw new IllegalArgumentException("molar mass must be > 0 kg/mol, got " + molarMassKgPerMol);
        }
        if (!(pressurePa > 0)) {
            throw new IllegalArgumentException("pressure must be > 0 Pa, got " + pressurePa);
        }
        if (!(temperatureK > 0)) {
            throw new IllegalArgumentException("cloud temperature must be > 0 K, got " + temperatureK);
        }
        double density = pressurePa * molarMassKgPerMol / (DenseGasAtmosphere.GAS_CONSTANT_J_PER_MOL_K * temperatureK);
        return new DenseGasVapour(density, temperatureK);
    }

    /** Mass concentration (kg/m³) of the released material at dilution ratio C* (0..1). */
    public double massConcentrationKgPerM3(double dilutionRatio) {
        return densityKgPerM3 * dilutionRatio;
    }

    /**
     * Mole (volume) fraction of the released material at dilution ratio C*, with the workbook's
     * non-isothermal correction C = C* / (C* + (1 − C*)·T<sub>0</sub>/T<sub>a</sub>).
     */
    public double volumeFraction(double dilutionRatio, double airTemperatureK) {
        return dilutionRatio / (dilutionRatio + (1 - dilutionRatio) * temperatureK / airTemperatureK);
    }
}
