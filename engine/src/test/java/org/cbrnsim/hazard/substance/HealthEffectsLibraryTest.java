package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cbrnsim.units.IdealGas;
import org.junit.jupiter.api.Test;

/** health-effects.yaml: one entry per substance, the lethality probit chosen per substance, and clear errors. */
class HealthEffectsLibraryTest {

    private static final SubstanceLibrary SUBSTANCES = SubstanceLibrary.bundled();
    private static final HealthEffectsLibrary EFFECTS = HealthEffectsLibrary.bundled();

    /** The concentration (in the probit's unit) killing half of those exposed for {@code minutes}: (D50/t)^(1/n). */
    private static double lc50(ProbitFunction probit, double minutes) {
        return Math.pow(Math.exp((5 - probit.a()) / probit.b()) / minutes, 1 / probit.n());
    }

    @Test
    void everySubstanceHasAnEntryWithAReason() {
        for (Substance substance : SUBSTANCES.all()) {
            HealthEffects effects = EFFECTS.require(substance);
            assertTrue(effects.why().length() > 20, substance.id());
            assertEquals(substance.probits().isEmpty(), effects.lethalityProbit(substance).isEmpty(), substance.id());
        }
        assertEquals(SUBSTANCES.all().size(), EFFECTS.all().size());
    }

    /**
     * Chlorine uses the Lees / HSE OSD/30 probit, whose 30-min LC50 is the Withers &amp; Lees (1985) value for the
     * regular population, 250 ppm (dispersion.md §5.2 [V]); 10 min gives their 433 ppm.
     */
    @Test
    void chlorineProbitReproducesWithersAndLees() {
        Substance chlorine = SUBSTANCES.require("chlorine");
        ProbitFunction probit = EFFECTS.require(chlorine).lethalityProbit(chlorine).orElseThrow();
        assertEquals("Lees (2005) / HSE OSD/30 Table 2", probit.setName());
        assertEquals(ConcentrationUnit.PPM, probit.concentrationUnit());
        assertEquals(250, lc50(probit, 30), 0.5);
        assertEquals(433, lc50(probit, 10), 0.5);
    }

    /**
     * Ammonia uses the Purple Book probit: its 30-min LC50, 5 428 mg/m³ = 7 790 ppm at 25 °C (dispersion.md §5.2), lies within 4 % of
     * Engelhardt &amp; Holliday's (1985) human estimate, 7 500 ppm (casualty-mechanisms.md §6.2).
     */
    @Test
    void ammoniaProbitAgreesWithEngelhardtAndHolliday() {
        Substance ammonia = SUBSTANCES.require("ammonia");
        ProbitFunction probit = EFFECTS.require(ammonia).lethalityProbit(ammonia).orElseThrow();
        assertTrue(probit.setName().startsWith("TNO Purple Book"));
        double mgPerM3 = lc50(probit, 30);
        double ppm = IdealGas.kgPerM3ToPpm(mgPerM3 * 1e-6, ammonia.molarMassKgPerMol(), 298.15, IdealGas.STANDARD_PRESSURE_PA);
        assertEquals(5428, mgPerM3, 1);
        assertEquals(7500, ppm, 0.04 * 7500);
    }

    /** The published effect levels of chlorine stand in the file as the medians of the tiers. */
    @Test
    void chlorineTiersAreThePublishedEffectLevels() {
        HealthEffects chlorine = EFFECTS.find("chlorine").orElseThrow();
        assertEquals(10, ((OutcomeAnchor.ConstantExposure) chlorine.soughtCare()).concentration());
        assertEquals(30, ((OutcomeAnchor.ConstantExposure) chlorine.admitted()).concentration());
        assertEquals(50, ((OutcomeAnchor.ConstantExposure) chlorine.icu()).concentration());
        assertEquals(0.365 * 209 / 211, EFFECTS.worriedWellShare(), 5e-4);
    }

    private static final String HEAD = "format: 1\ncare_seeking:\n  worried_well_share: {value: 0.3, source: s}\nsubstances:\n";

    @Test
    void unknownProbitSetIsNamed() {
        String text = HEAD + "  - id: chlorine\n    lethality: {set: Lees, why: w}\n"
                + "    sought_care: {none: n}\n    admitted: {none: n}\n    icu: {none: n}\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HealthEffectsLibrary.parse(text, "h.yaml", SUBSTANCES));
        assertTrue(e.getMessage().startsWith("h.yaml: substance \"chlorine\", field \"lethality.set\":"), e.getMessage());
        assertTrue(e.getMessage().contains("Lees (2005) / HSE OSD/30 Table 2"), e.getMessage());
    }

    @Test
    void unknownSubstanceAndMisspeltKeysAreNamed() {
        String unknown = HEAD + "  - id: chlorin\n    lethality: {set: none, why: w}\n"
                + "    sought_care: {none: n}\n    admitted: {none: n}\n    icu: {none: n}\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HealthEffectsLibrary.parse(unknown, "h.yaml", SUBSTANCES))
                .getMessage().contains("field \"id\": not a substance id"));
        String misspelt = HEAD + "  - id: sarin\n    lethality: {set: none, why: w}\n"
                + "    sought_care: {aegl_tier: 2, effect: e, source: s}\n    admitted: {aegl_tier: 3, effect: e, sorce: s}\n"
                + "    icu: {none: n}\n";
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HealthEffectsLibrary.parse(misspelt, "h.yaml", SUBSTANCES))
                .getMessage().contains("field \"admitted.sorce\": unknown key"));
    }
}
