package org.cbrnsim.hazard.effects;

import org.cbrnsim.units.IdealGas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cbrnsim.hazard.substance.GuidelineDuration;
import org.cbrnsim.hazard.substance.GuidelineTable;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tier classification with the "next longer tabulated duration" rule, on the dispersion.md §5.1 AEGLs. */
class AeglTierTest {

    private static final SubstanceLibrary LIBRARY = SubstanceLibrary.bundled();
    private static final double K_25C = 298.15;
    private static final double ATM = IdealGas.STANDARD_PRESSURE_PA;

    private static int tier(String id, double ppm, double minutes) {
        Substance s = LIBRARY.require(id);
        double kgPerM3 = IdealGas.ppmToKgPerM3(ppm, s.molarMassKgPerMol(), K_25C, ATM);
        return AeglTier.highestTierExceeded(s, kgPerM3, minutes * 60.0, K_25C, ATM);
    }

    /** Chlorine AEGLs (ppm): tier 3 50/28/20/10/7.1, tier 2 2.8/2.8/2.0/1.0/0.71, tier 1 0.5 throughout. */
    @ParameterizedTest(name = "chlorine {0} ppm for {1} min → tier {2}")
    @CsvSource({
            "25, 60, 3",    // above the 1-h AEGL-3 (20)
            "15, 60, 2",    // between 1-h AEGL-2 (2.0) and AEGL-3
            "25, 45, 3",    // 45 min is judged against the 1-h levels
            "25, 20, 2",    // 20 min against the 30-min AEGL-3 (28)
            "40, 5, 2",     // shorter than 10 min: against the 10-min levels (50, 2.8)
            "8, 540, 3",    // 9 h: against the 8-h levels, the longest tabulated (7.1)
            "0.6, 480, 1",
            "0.4, 30, 0"})
    void chlorineTiers(double ppm, double minutes, int expectedTier) {
        assertEquals(expectedTier, tier("chlorine", ppm, minutes));
    }

    /** Phosgene AEGL-1 is NR: below AEGL-2 nothing is reached, however long. */
    @Test
    void notRecommendedTierIsSkipped() {
        assertEquals(0, tier("phosgene", 0.25, 60));
        assertEquals(2, tier("phosgene", 0.35, 60));
    }

    /** Sarin AEGLs are in mg/m³: 0.2 mg/m³ for 30 min exceeds the 30-min AEGL-3 of 0.19 mg/m³. */
    @Test
    void milligramTablesAreComparedInMilligrams() {
        Substance sarin = LIBRARY.require("sarin");
        assertEquals(3, AeglTier.highestTierExceeded(sarin, 0.2e-6, 1800.0, K_25C, ATM));
        assertEquals(2, AeglTier.highestTierExceeded(sarin, 0.18e-6, 1800.0, 253.15, ATM));
    }

    /** Acrylonitrile has only 60-min PAC levels: every exposure is judged against them. */
    @Test
    void onlySixtyMinuteLevelsKnown() {
        GuidelineTable pac = LIBRARY.require("acrylonitrile").guidelines().preferred().orElseThrow();
        assertEquals(GuidelineDuration.HOUR_1, AeglTier.governingDuration(pac, 3, 600.0).orElseThrow());
        assertEquals(GuidelineDuration.HOUR_1, AeglTier.governingDuration(pac, 3, 28_800.0).orElseThrow());
        assertEquals(3, tier("acrylonitrile", 30, 10));
    }

    @Test
    void governingDurationOfNotRecommendedTierIsEmpty() {
        GuidelineTable phosgene = LIBRARY.require("phosgene").guidelines().preferred().orElseThrow();
        assertTrue(AeglTier.governingDuration(phosgene, 1, 600.0).isEmpty());
        assertEquals(GuidelineDuration.MIN_30, AeglTier.governingDuration(phosgene, 2, 1800.0).orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> AeglTier.governingDuration(phosgene, 2, 0.0));
    }
}
