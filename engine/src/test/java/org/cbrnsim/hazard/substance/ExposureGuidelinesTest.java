package org.cbrnsim.hazard.substance;

import org.cbrnsim.units.IdealGas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Guideline tables and ALOHA's default levels of concern (dispersion.md §1.8, §5.1). */
class ExposureGuidelinesTest {

    private static final SubstanceLibrary LIBRARY = SubstanceLibrary.bundled();
    private static final double K_25C = 298.15;

    private static LevelsOfConcern defaultLoc(String id) {
        Substance s = LIBRARY.require(id);
        return s.guidelines().defaultLevelsOfConcernPpm(s.molarMassKgPerMol(), K_25C).orElseThrow();
    }

    /** ALOHA's chlorine threat zones use 20 / 2 / 0.5 ppm, the 60-min AEGL-3/2/1 (dispersion.md §1.8). */
    @Test
    void chlorineDefaultsAreAlohasTwentyTwoAndHalfPpm() {
        LevelsOfConcern loc = defaultLoc("chlorine");
        assertEquals(GuidelineSystem.AEGL, loc.system());
        assertEquals(20.0, loc.tier3Ppm().orElseThrow(), 1e-12);
        assertEquals(2.0, loc.tier2Ppm().orElseThrow(), 1e-12);
        assertEquals(0.5, loc.tier1Ppm().orElseThrow(), 1e-12);
        assertEquals(List.of(20.0, 2.0, 0.5), loc.presentPpmWorstFirst());
    }

    /** Phosgene AEGL-1 is "not recommended": no yellow zone, not a zone at 0 ppm (dispersion.md §5.1). */
    @Test
    void notRecommendedTierHasNoLevelOfConcern() {
        LevelsOfConcern loc = defaultLoc("phosgene");
        assertEquals(OptionalDouble.empty(), loc.tier1Ppm());
        assertEquals(List.of(0.75, 0.30), loc.presentPpmWorstFirst());
    }

    /** Without AEGLs ALOHA falls back to PAC; acrylonitrile's 60-min PAC-3/2/1 are 28 / 1.7 / 0.15 ppm. */
    @Test
    void substanceWithoutAeglFallsBackToPac() {
        LevelsOfConcern loc = defaultLoc("acrylonitrile");
        assertEquals(GuidelineSystem.PAC, loc.system());
        assertEquals(List.of(28.0, 1.7, 0.15), loc.presentPpmWorstFirst());
        Substance acrylonitrile = LIBRARY.require("acrylonitrile");
        assertTrue(acrylonitrile.guidelines().ppm(GuidelineSystem.PAC, 3, GuidelineDuration.HOUR_4,
                acrylonitrile.molarMassKgPerMol(), K_25C).isEmpty(), "unknown durations stay unknown");
        assertTrue(acrylonitrile.guidelines().ppm(GuidelineSystem.AEGL, 3, GuidelineDuration.HOUR_1,
                acrylonitrile.molarMassKgPerMol(), K_25C).isEmpty());
    }

    /**
     * Sarin is stored in mg/m³ and converted with the molar volume; at 24.45 L/mol the notes print
     * the ppm table of dispersion.md §5.1 ("Sarin in ppm (MW 140.1, 24.45 L/mol)").
     */
    @Test
    void sarinLevelsConvertToTheNotesPpmTable() {
        Substance sarin = LIBRARY.require("sarin");
        double temperatureK = 0.02445 * IdealGas.STANDARD_PRESSURE_PA / IdealGas.GAS_CONSTANT_J_PER_MOL_K;
        String[][] ppm = {
                {"0.0012", "0.00070", "0.00049", "0.00024", "0.00017"},
                {"0.015", "0.0087", "0.0061", "0.0030", "0.0021"},
                {"0.066", "0.033", "0.023", "0.012", "0.0089"}};
        for (int tier = 1; tier <= 3; tier++) {
            for (GuidelineDuration duration : GuidelineDuration.values()) {
                double computed = sarin.guidelines().ppm(GuidelineSystem.AEGL, tier, duration,
                        sarin.molarMassKgPerMol(), temperatureK).orElseThrow();
                PrintedValue.assertRoundsTo(ppm[tier - 1][duration.ordinal()], computed,
                        "sarin AEGL-" + tier + " " + duration.label());
            }
        }
    }

    @Test
    void everySubstanceHasDefaultLevelsOfConcern() {
        for (Substance s : LIBRARY.all()) {
            LevelsOfConcern loc = s.guidelines().defaultLevelsOfConcernPpm(s.molarMassKgPerMol(), K_25C).orElseThrow();
            List<Double> levels = loc.presentPpmWorstFirst();
            assertTrue(levels.size() >= 2, s.id());
            for (int i = 1; i < levels.size(); i++) {
                assertTrue(levels.get(i) < levels.get(i - 1), s.id() + ": tiers must decrease: " + levels);
            }
        }
    }

    @Test
    void noGuidelinesGiveNoDefaults() {
        assertTrue(ExposureGuidelines.none().defaultLevelsOfConcernPpm(0.070906, K_25C).isEmpty());
        assertTrue(ExposureGuidelines.none().preferred().isEmpty());
    }

    @Test
    void tablesArePreferredInAlohaOrder() {
        GuidelineTable pac = LIBRARY.require("benzene").guidelines().preferred().orElseThrow();
        GuidelineTable aegl = LIBRARY.require("chlorine").guidelines().preferred().orElseThrow();
        ExposureGuidelines both = new ExposureGuidelines(List.of(pac, aegl));
        assertEquals(GuidelineSystem.AEGL, both.preferred().orElseThrow().system());
        assertThrows(IllegalArgumentException.class, () -> new ExposureGuidelines(List.of(aegl, aegl)));
    }
}
