package org.cbrnsim.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.hazard.substance.ConcentrationUnit;
import org.cbrnsim.hazard.substance.PrintedValue;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ideal-gas ppm ↔ kg/m³ conversions against substances.md Table 1 and §10. */
class IdealGasTest {

    private static final double K_20C = 293.15;
    private static final double K_25C = 298.15;
    private static final double ATM = IdealGas.STANDARD_PRESSURE_PA;

    /** substances.md Table 1, last-but-one column: "1 ppm = mg/m³ (25 °C)". */
    @ParameterizedTest(name = "1 ppm {0} = {1} mg/m³ at 25 °C")
    @CsvSource({"chlorine,2.90", "ammonia,0.70", "hydrogen-sulfide,1.39", "sulfur-dioxide,2.62",
            "hydrogen-fluoride,0.82", "hydrogen-chloride,1.49", "hydrogen-cyanide,1.10", "phosgene,4.04",
            "nitrogen-dioxide,1.88", "methyl-isocyanate,2.33", "acrylonitrile,2.17", "ethylene-oxide,1.80",
            "sarin,5.73", "bromine,6.53", "formaldehyde,1.23", "methyl-mercaptan,1.97", "benzene,3.19",
            "propane,1.80", "n-butane,2.38", "methanol,1.31"})
    void onePpmInMilligramsPerCubicMetre(String id, String printed) {
        double molarMass = SubstanceLibrary.bundled().require(id).molarMassKgPerMol();
        double kgPerM3 = IdealGas.ppmToKgPerM3(1.0, molarMass, K_25C, ATM);
        PrintedValue.assertRoundsTo(printed, kgPerM3 * 1e6, id);
    }

    /** substances.md §10: density of the pure vapour at 20 °C and 1 atm, ρ = P·M/(R·T). */
    @ParameterizedTest(name = "{0} vapour: {1} kg/m³ at 20 °C")
    @CsvSource({"chlorine,2.948", "ammonia,0.708", "hydrogen-sulfide,1.417", "sulfur-dioxide,2.663",
            "hydrogen-chloride,1.516", "phosgene,4.112", "ethylene-oxide,1.831", "methyl-mercaptan,2.000",
            "propane,1.833", "n-butane,2.416", "hydrogen-fluoride,0.832", "hydrogen-cyanide,1.124",
            "nitrogen-dioxide,1.912", "methyl-isocyanate,2.372", "acrylonitrile,2.206", "sarin,5.824",
            "bromine,6.643", "formaldehyde,1.248", "benzene,3.247", "methanol,1.332"})
    void pureVapourDensity(String id, String printed) {
        double molarMass = SubstanceLibrary.bundled().require(id).molarMassKgPerMol();
        PrintedValue.assertRoundsTo(printed, IdealGas.ppmToKgPerM3(1.0e6, molarMass, K_20C, ATM), id);
    }

    @Test
    void conversionsInvertEachOther() {
        double kgPerM3 = IdealGas.ppmToKgPerM3(250.0, 0.070906, 283.15, 95_000.0);
        assertEquals(250.0, IdealGas.kgPerM3ToPpm(kgPerM3, 0.070906, 283.15, 95_000.0), 1e-9);
        assertEquals(1116.0, ConcentrationUnit.MG_PER_M3.fromKgPerM3(
                ConcentrationUnit.MG_PER_M3.toKgPerM3(1116.0, 0.070906, K_25C, ATM), 0.070906, K_25C, ATM), 1e-9);
        assertEquals(20.0, ConcentrationUnit.PPM.fromKgPerM3(
                ConcentrationUnit.PPM.toKgPerM3(20.0, 0.070906, K_25C, ATM), 0.070906, K_25C, ATM), 1e-9);
    }

    @Test
    void rejectsImpossibleGasStates() {
        assertEquals("temperature must be > 0 K, got -5.0", assertThrows(IllegalArgumentException.class,
                () -> IdealGas.ppmToKgPerM3(1, 0.07, -5, ATM)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> IdealGas.kgPerM3ToPpm(1, 0, K_25C, ATM));
        assertThrows(IllegalArgumentException.class, () -> IdealGas.kgPerM3ToPpm(1, 0.07, K_25C, 0));
    }
}
