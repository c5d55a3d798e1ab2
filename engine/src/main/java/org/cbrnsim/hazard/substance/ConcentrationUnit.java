package org.cbrnsim.hazard.substance;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The units in which guideline levels and probit constants are published. */
public enum ConcentrationUnit {
    /** Parts per million by volume (mole fraction × 10⁶). */
    PPM("ppm"),
    /** Milligrams per cubic metre. */
    MG_PER_M3("mg/m3");

    private final String symbol;

    ConcentrationUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The unit as written in the data file: "ppm" or "mg/m3". */
    public String symbol() {
        return symbol;
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
