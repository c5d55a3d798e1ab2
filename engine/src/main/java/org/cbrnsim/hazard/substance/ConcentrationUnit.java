package org.cbrnsim.hazard.substance;

import org.cbrnsim.units.IdealGas;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The units in which guideline levels and probit constants are published. */
public enum ConcentrationUnit {
    /** Parts per million by volume (mole fraction × 10⁶). */
    PPM("ppm"),
    /** Milligrams per cubic metre. */
    MG_PER_M3("mg/m3");

    private static final double KG_PER_MG = 1.0e-6;

    private final String symbol;

    ConcentrationUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The unit as written in the data file: "ppm" or "mg/m3". */
    public String symbol() {
        return symbol;
    }

    /** A concentration in this unit converted to kg/m³ (ppm at temperature T and pressure P of the air). */
    public double toKgPerM3(double value, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return switch (this) {
            case PPM -> IdealGas.ppmToKgPerM3(value, molarMassKgPerMol, temperatureK, pressurePa);
            case MG_PER_M3 -> value * KG_PER_MG;
        };
    }

    /** A concentration in kg/m³ converted to this unit (ppm at temperature T and pressure P of the air). */
    public double fromKgPerM3(double kgPerM3, double molarMassKgPerMol, double temperatureK, double pressurePa) {
        return switch (this) {
            case PPM -> IdealGas.kgPerM3ToPpm(kgPerM3, molarMassKgPerMol, temperatureK, pressurePa);
            case MG_PER_M3 -> kgPerM3 / KG_PER_MG;
        };
    }

    /** The unit written as {@code text} ("ppm", "mg/m3"; case-insensitive). */
    public static ConcentrationUnit parse(String text) {
        for (ConcentrationUnit unit : values()) {
            if (unit.symbol.equalsIgnoreCase(text.trim())) {
                return unit;
            }
        }
        throw new IllegalArgumentException("concentration unit must be one of "
                + Arrays.stream(values()).map(ConcentrationUnit::symbol).collect(Collectors.joining(", "))
                + ", got \"" + text + "\"");
    }
}
