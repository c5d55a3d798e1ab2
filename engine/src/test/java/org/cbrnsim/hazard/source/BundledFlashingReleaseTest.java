package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.cbrnsim.hazard.substance.Correlation;
import org.cbrnsim.hazard.substance.PrintedValue;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceEntry;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.hazard.substance.SubstanceProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Flashing releases of pressurised liquefied gases with the BUNDLED substance library (not the test
 * fixtures): storage pressure, flash fraction, discharge and initial cloud against substances.md
 * Tables 3a, 4b and §10, and the clear refusal where the library's data end.
 */
class BundledFlashingReleaseTest {

    private static final SubstanceLibrary LIBRARY = SubstanceLibrary.bundled();
    private static final double ATM_PA = 101_325;
    private static final double T20_K = 293.15;
    /** Air at 20 °C and 1 atm, substances.md §10. */
    private static final double AIR_20C_KG_PER_M3 = 1.204;
    /** A US DOT-105 "90-ton" car: 90 short tons = 81.6 t (substances.md §9a); the mass only sets the duration. */
    private static final StorageTank RAIL_CAR_20C = new StorageTank(81_600, T20_K, 0);
    /** The 15 cm hole of the Jack Rabbit II chlorine trials (dispersion.md §3.2), sharp-edged, C_d = 0.61. */
    private static final Breach JACK_RABBIT_HOLE = Breach.hole(0.15);

    private static FlashingRelease release(String id, StorageTank tank, Rainout rainout) {
        return new FlashingRelease(LIBRARY.require(id), tank, JACK_RABBIT_HOLE, rainout, ATM_PA);
    }

    /**
     * substance; P_sat(20 °C) in bar as printed in Table 4b; ρ_L(20 °C) in kg/m³ (Table 3a); from §10:
     * ∫c_p dT up to 20 °C in J/mol and the temperature the notes start it at, the ΔvapH(Tb) they divide
     * by (Table 5, first column, kJ/mol), f simple and f exponential as printed.
     */
    static Stream<Arguments> notesAt20C() {
        return Stream.of(
                // the notes integrate the VDI table from VDI's own Tb, 239.17 K (the library's is 239.11 K)
                Arguments.of("chlorine", "6.80", 1409.0, 3708, 239.17, 20.41, "0.18", "0.17"),
                Arguments.of("ammonia", "8.55", 609.4, 4111, 239.82, 23.33, "0.18", "0.16"),
                // the notes start at CRC's Tb 213.6 K, which their §12 #2 rejects for 212.85 K
                Arguments.of("hydrogen-sulfide", "17.81", 790.1, 5641, 213.6, 18.67, "0.30", "0.26"),
                Arguments.of("sulfur-dioxide", "3.37", 1380.7, 2625, 263.1, 24.94, "0.11", "0.10"),
                Arguments.of("propane", "8.37", 499.0, 6678, 231.04, 19.04, "0.35", "0.30"));
    }

    @ParameterizedTest(name = "{0} from 20 °C")
    @MethodSource("notesAt20C")
    void railCarFromTwentyDegreesReproducesTheReferenceNotes(String id, String pressureBar, double densityKgPerM3,
                                                              double superheatJPerMol, double notesFromK,
                                                              double notesHeatOfVaporisationKJPerMol,
                                                              String simple, String exponential) {
        Substance substance = LIBRARY.require(id);
        FlashingRelease release = release(id, RAIL_CAR_20C, Rainout.NONE);
        PrintedValue.assertRoundsTo(pressureBar, release.storagePressurePa() / 1e5, id + " storage pressure, bar");

        // §10 exactly, from the library's c_p over the notes' interval and the notes' ΔvapH
        double superheat = superheatJPerMol(substance, notesFromK, T20_K);
        assertEquals(superheatJPerMol, superheat, 2, id + " ∫c_p dT, J/mol");
        double ratio = superheat / (1000 * notesHeatOfVaporisationKJPerMol);
        PrintedValue.assertRoundsTo(simple, ratio, id + " §10 simple");
        PrintedValue.assertRoundsTo(exponential, -Math.expm1(-ratio), id + " §10 exponential");

        // The model's own flash, from the library's Tb and its first ΔvapH set (DIPPR 106): the exponential
        // form as printed; the simple one moves across a rounding edge for SO2 (0.104) and propane (0.356),
        // where DIPPR 106 and CRC differ by 1.0 % and 1.6 % (Table 5)
        PrintedValue.assertRoundsTo(exponential, release.flashFraction(), id + " flash fraction, exponential");
        assertEquals(Double.parseDouble(simple), FlashFraction.simple(substance, T20_K), 0.01,
                id + " flash fraction, simple");

        // A hole in the wall (L = 0): Fauske's flux is the liquid's Bernoulli flux C_d·A·√(2ρΔP), here by hand
        // from the printed ρ and P (the 3-digit P allows 0.1 % in the rate).
        double bernoulliKgPerS = 0.61 * Math.PI * 0.15 * 0.15 / 4
                * Math.sqrt(2 * densityKgPerM3 * (Double.parseDouble(pressureBar) * 1e5 - ATM_PA));
        assertTrue(release.dischargeRateKgPerS() > 0, id);
        assertEquals(bernoulliKgPerS, release.dischargeRateKgPerS(), 0.002 * bernoulliKgPerS, id + " discharge, kg/s");
    }

    @ParameterizedTest(name = "{0} from 20 °C")
    @ValueSource(strings = {"chlorine", "ammonia", "hydrogen-sulfide", "sulfur-dioxide", "propane"})
    void theInitialCloudIsDenserThanAirWithOrWithoutRainout(String id) {
        for (Rainout rainout : Rainout.values()) {
            InitialCloud cloud = release(id, RAIL_CAR_20C, rainout).initialCloud(T20_K, ATM_PA);
            assertTrue(cloud.densityKgPerM3() > AIR_20C_KG_PER_M3,
                    id + " with rainout " + rainout + ": " + cloud.densityKgPerM3() + " kg/m³");
            assertEquals(LIBRARY.require(id).normalBoilingPointK(), cloud.temperatureK());
        }
    }

    /** Ammonia vapour alone is lighter than air (M/M_air 0.59); its aerosol makes the cloud dense (§11 #2). */
    @Test
    void ammoniaIsDenseOnlyThroughItsAerosol() {
        Substance ammonia = LIBRARY.require("ammonia");
        InitialCloud vapourOnly = InitialCloud.pureVapour(ammonia.molarMassKgPerMol(), ammonia.normalBoilingPointK(),
                ATM_PA);
        InitialCloud kletz = release("ammonia", RAIL_CAR_20C, Rainout.TWICE_FLASH_FRACTION).initialCloud(T20_K, ATM_PA);
        assertTrue(vapourOnly.densityKgPerM3() < AIR_20C_KG_PER_M3, "ammonia vapour at Tb");
        assertEquals(0.5, kletz.aerosolMassFraction(), 1e-12);
        assertTrue(kletz.densityKgPerM3() > AIR_20C_KG_PER_M3, "half vapour, half aerosol");
    }

    /** Table 4b: saturation pressure at 40 °C, the top of the storage range. */
    @ParameterizedTest(name = "{0} at 40 °C: {1} bar")
    @CsvSource({"chlorine,11.49", "ammonia,15.50", "hydrogen-sulfide,28.62", "sulfur-dioxide,6.48", "propane,13.71"})
    void railCarFromFortyDegrees(String id, String pressureBar) {
        FlashingRelease release = release(id, new StorageTank(81_600, 313.15, 0), Rainout.NONE);
        PrintedValue.assertRoundsTo(pressureBar, release.storagePressurePa() / 1e5, id + " at 40 °C");
        assertTrue(release.flashFraction() > FlashFraction.exponential(LIBRARY.require(id), T20_K), id);
        assertTrue(release.dischargeRateKgPerS() > 0, id);
    }

    /**
     * Storage from −20 °C to +40 °C: the first set of every property the flashing model reads covers it
     * (P, ρ, ΔvapH, c_p at the storage temperature; ρ and ΔvapH at Tb; c_p from Tb up), and the release
     * is computed. Only sulfur dioxide at −20 °C is refused, and for the physics: it is below its boiling
     * point (263.1 K), so it forms a pool instead of flashing.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chlorine", "ammonia", "hydrogen-sulfide", "sulfur-dioxide", "propane"})
    void theLibraryCoversStorageFromMinusTwentyToFortyDegrees(String id) {
        SubstanceEntry entry = LIBRARY.entry(id).orElseThrow();
        double tbK = entry.substance().normalBoilingPointK();
        for (double storageK : new double[] {253.15, 273.15, 293.15, 313.15}) {
            for (SubstanceProperty property : SubstanceProperty.values()) {
                assertTrue(firstSet(entry, property).covers(storageK), id + " " + property + " at " + storageK);
            }
            for (SubstanceProperty property : new SubstanceProperty[] {SubstanceProperty.LIQUID_DENSITY,
                    SubstanceProperty.HEAT_OF_VAPORISATION, SubstanceProperty.LIQUID_HEAT_CAPACITY}) {
                assertTrue(firstSet(entry, property).covers(tbK), id + " " + property + " at Tb");
            }
            StorageTank tank = new StorageTank(81_600, storageK, 0);
            if (storageK > tbK) {
                FlashingRelease release = release(id, tank, Rainout.NONE);
                assertTrue(release.flashFraction() > 0 && release.dischargeRateKgPerS() > 0, id + " at " + storageK);
            } else {
                String message = assertThrows(IllegalArgumentException.class,
                        () -> release(id, tank, Rainout.NONE)).getMessage();
                assertTrue(message.contains("above the normal boiling point of " + id), message);
            }
        }
    }

    /**
     * The VDI tables added for hydrogen chloride and ethylene oxide, against §10 (to 20 °C): HCl 7685 J/mol
     * "(VDI)" from Tb, f 0.48 / 0.38 with CRC's ΔvapH(Tb) 16.15 kJ/mol; EO 817 J/mol, f 0.03 / 0.03 with
     * CRC's 25.54 kJ/mol, which the notes integrate from 283.75 K (CRC's ΔvapH temperature) rather than
     * Tb = 283.55 K. The model divides by DIPPR 106 (HCl 16.37 kJ/mol, 1.3 % more than CRC): 0.47 / 0.37.
     */
    @Test
    void hydrogenChlorideAndEthyleneOxideFromTwentyDegrees() {
        Substance hcl = LIBRARY.require("hydrogen-chloride");
        double hclSuperheat = superheatJPerMol(hcl, hcl.normalBoilingPointK(), T20_K);
        assertEquals(7685, hclSuperheat, 1);
        PrintedValue.assertRoundsTo("0.48", hclSuperheat / 16_150, "HCl §10 simple");
        PrintedValue.assertRoundsTo("0.38", -Math.expm1(-hclSuperheat / 16_150), "HCl §10 exponential");
        FlashingRelease hclRelease = release("hydrogen-chloride", RAIL_CAR_20C, Rainout.NONE);
        PrintedValue.assertRoundsTo("42.06", hclRelease.storagePressurePa() / 1e5, "HCl storage pressure, bar");
        PrintedValue.assertRoundsTo("0.37", hclRelease.flashFraction(), "HCl model exponential");

        Substance oxide = LIBRARY.require("ethylene-oxide");
        double oxideSuperheat = superheatJPerMol(oxide, 283.75, T20_K);
        assertEquals(817, oxideSuperheat, 1);
        PrintedValue.assertRoundsTo("0.03", oxideSuperheat / 25_540, "EO §10 simple");
        PrintedValue.assertRoundsTo("0.03", release("ethylene-oxide", RAIL_CAR_20C, Rainout.NONE).flashFraction(),
                "EO model exponential");
    }

    /** Where the library still has no data, the release is refused with the substance, property and range. */
    @ParameterizedTest(name = "{0} at {1} K")
    @CsvSource(delimiter = '|', value = {
            // Perry's set ends at 234 K, below Tb (254.05 K); no published point above (substances.md Table 6)
            "formaldehyde|293.15|formaldehyde liquid heat capacity (DIPPR 100 (Perry)): 293.15 K is outside the"
                    + " valid range 204.00–234.00 K of this correlation (substances.md Table 6, S9 [V])",
            // Perry's set ends at Tb; the VDI table starts 0.02 K above this library's Tb (§12 #5)
            "hydrogen-fluoride|298.15|hydrogen-fluoride liquid heat capacity (DIPPR 100 (Perry)): 298.15 K is outside"
                    + " the valid range 189.79–292.67 K of this correlation (substances.md Table 6, S9 [V])",
            // Perry's set ends at 298.15 K; CRC has one point at 298 K
            "methyl-mercaptan|313.15|methyl-mercaptan liquid heat capacity (DIPPR 100 (Perry)): 313.15 K is outside"
                    + " the valid range 150.18–298.15 K of this correlation (substances.md Table 6, S9 [V])",
            // the VDI table ends at 305 K: its critical-point row (324.6 K) has no c_p
            "hydrogen-chloride|313.15|hydrogen-chloride liquid heat capacity (VDI table): 313.15 K is outside the"
                    + " valid range 188.05–305.00 K of this correlation (VDI Heat Atlas saturated-liquid table, S17",
            // only an unverified ≈101 J/(mol·K) [K] (substances.md §12 #8)
            "phosgene|293.15|substance phosgene has no liquid heat capacity correlation, which the two-phase"
                    + " discharge model needs"})
    void whereTheDataEndTheReleaseIsRefusedClearly(String id, double storageK, String messageStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> release(id, new StorageTank(10_000, storageK, 0), Rainout.NONE));
        assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    }

    /** ∫c_p dT from {@code fromK} (at or above Tb) to {@code toK}, in J/mol, through the flash model's integral. */
    private static double superheatJPerMol(Substance substance, double fromK, double toK) {
        double fromTbJPerKg = fromK > substance.normalBoilingPointK()
                ? FlashFraction.superheatJPerKg(substance, fromK) : 0;
        return (FlashFraction.superheatJPerKg(substance, toK) - fromTbJPerKg) * substance.molarMassKgPerMol();
    }

    private static Correlation firstSet(SubstanceEntry entry, SubstanceProperty property) {
        return entry.property(property).sets().get(0);
    }
}
