package org.cbrnsim.hazard.zones;

/**
 * A toxic level of concern (LOC) both as a volume fraction (ppm) and as a mass concentration (kg/m³).
 * The conversion is the ideal-gas law, c = ppm·10⁻⁶·M·P/(R·T) (reference notes dispersion.md §2.1:
 * molar volume R·T/P = 22.414·(T/273.15) L/mol at 1 atm).
 *
 * @param ppm     volume fraction in parts per million, &gt; 0
 * @param kgPerM3 the same level as a mass concentration (kg/m³), &gt; 0
 */
public record LevelOfConcern(double ppm, double kgPerM3) {

    /** Molar gas constant R (J/(mol·K)), CODATA 2018 exact value. */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;
    /** Standard atmosphere (Pa). */
    public static final double STANDARD_PRESSURE_PA = 101_325;

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
        if (!(molarMassKgPerMol > 0) || !(temperatureK > 0) || !(pressurePa > 0)) {
            throw new IllegalArgumentException("ppm conversion needs molar mass, temperature and pressure > 0, got "
                    + molarMassKgPerMol + " kg/mol, " + temperatureK + " K, " + pressurePa + " Pa");
        }
        double molarVolumeM3PerMol = GAS_CONSTANT_J_PER_MOL_K * temperatureK / pressurePa;
        return new LevelOfConcern(ppm, ppm * 1e-6 * molarMassKgPerMol / molarVolumeM3PerMol);
    }

    /** A level given in ppm, converted at temperature {@code temperatureK} and one standard atmosphere. */
    public static LevelOfConcern fromPpm(double ppm, double molarMassKgPerMol, double temperatureK) {
        return fromPpm(ppm, molarMassKgPerMol, temperatureK, STANDARD_PRESSURE_PA);
    }
}
