package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled library: lookups, completeness and provenance of every number. */
class SubstanceLibraryTest {

    private static final SubstanceLibrary LIBRARY = SubstanceLibrary.bundled();
    private static final Pattern TAG = Pattern.compile("\\[(V|S|M|K)[\\] ]");
    private static final Pattern SOURCE_CODE = Pattern.compile("\\b(S\\d+|PAC29|PB|OSD30)\\b");

    @Test
    void holdsEveryRequiredSubstance() {
        List<String> required = List.of("chlorine", "ammonia", "hydrogen-sulfide", "sulfur-dioxide",
                "hydrogen-fluoride", "hydrogen-chloride", "hydrogen-cyanide", "phosgene", "nitrogen-dioxide",
                "methyl-isocyanate", "acrylonitrile", "ethylene-oxide", "sarin", "bromine", "methyl-mercaptan",
                "formaldehyde", "benzene", "methanol", "propane");
        for (String id : required) {
            assertEquals(id, LIBRARY.require(id).id());
        }
        assertEquals(20, LIBRARY.all().size(), "19 required substances plus n-butane");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"cl2,chlorine", "CL2,chlorine", "NH3,ammonia", "gb,sarin", "GB,sarin", "h2s,hydrogen-sulfide",
            "Hydrogen sulfide,hydrogen-sulfide", "hydrogen_cyanide,hydrogen-cyanide", "' Phosgene ',phosgene",
            "cg,phosgene", "mic,methyl-isocyanate", "eo,ethylene-oxide", "methanethiol,methyl-mercaptan",
            "meoh,methanol", "butane,n-butane"})
    void findsByIdOrAliasInAnyCase(String name, String id) {
        assertEquals(id, LIBRARY.find(name).orElseThrow().id());
    }

    @Test
    void findReturnsEmptyForUnknownNames() {
        assertTrue(LIBRARY.find("unobtainium").isEmpty());
        assertTrue(LIBRARY.find(null).isEmpty());
    }

    @Test
    void requireNamesTheKnownChemicalsAndSuggestsTheClosest() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LIBRARY.require("chlorin"));
        assertTrue(e.getMessage().startsWith("unknown chemical \"chlorin\"; known: chlorine, ammonia, "), e.getMessage());
        assertTrue(e.getMessage().endsWith("; did you mean \"chlorine\"?"), e.getMessage());
        assertTrue(LIBRARY.all().stream().allMatch(s -> e.getMessage().contains(s.id())), e.getMessage());

        String sulphide = assertThrows(IllegalArgumentException.class, () -> LIBRARY.require("hydrogen sulphide"))
                .getMessage();
        assertTrue(sulphide.endsWith("did you mean \"hydrogen-sulfide\"?"), sulphide);
        String alias = assertThrows(IllegalArgumentException.class, () -> LIBRARY.require("nh4")).getMessage();
        assertTrue(alias.endsWith("did you mean \"ammonia\"?"), alias);
    }

    @Test
    void requireMakesNoWildGuess() {
        String message = assertThrows(IllegalArgumentException.class, () -> LIBRARY.require("plutonium")).getMessage();
        assertFalse(message.contains("did you mean"), message);
    }

    /** Every scalar, coefficient set, guideline row and probit names a source with a confidence tag. */
    @Test
    void everyNumberHasATaggedSource() {
        for (SubstanceEntry entry : LIBRARY.entries()) {
            Substance s = entry.substance();
            String id = s.id();
            assertFalse(s.name().isBlank(), id);
            assertTrue(s.casNumber().matches("\\d{2,7}-\\d{2}-\\d"), id);
            assertTagged(entry.molarMassSource(), id + " molar mass");
            assertTagged(entry.normalBoilingPointSource(), id + " boiling point");
            for (SubstanceProperty property : SubstanceProperty.values()) {
                PropertySets sets = entry.property(property);
                assertTrue(!sets.sets().isEmpty() || !sets.missingReason().orElseThrow().isBlank(),
                        id + " " + property + ": neither sets nor a reason why they are missing");
                sets.sets().forEach(c -> assertTagged(c.source(), id + " " + property + " " + c.label()));
            }
            assertFalse(s.guidelines().tables().isEmpty(), id + " has no guideline table");
            for (GuidelineTable table : s.guidelines().tables()) {
                table.tiers().forEach(t -> assertTagged(t.source(), id + " " + table.system() + "-" + t.tier()));
            }
            s.probits().forEach(p -> assertTagged(p.source(), id + " probit " + p.setName()));
        }
    }

    @Test
    void everySourceCodeIsInTheLegend() {
        Map<String, String> legend = LIBRARY.sourceLegend();
        for (SubstanceEntry entry : LIBRARY.entries()) {
            StringBuilder sources = new StringBuilder(entry.molarMassSource()).append(entry.normalBoilingPointSource());
            for (SubstanceProperty property : SubstanceProperty.values()) {
                entry.property(property).missingReason().ifPresent(reason -> sources.append(' ').append(reason));
                entry.property(property).sets()
                        .forEach(c -> sources.append(' ').append(c.source()).append(' ').append(c.note()));
            }
            entry.substance().guidelines().tables()
                    .forEach(t -> t.tiers().forEach(tier -> sources.append(' ').append(tier.source())));
            entry.substance().probits().forEach(p -> sources.append(' ').append(p.source()));
            Matcher codes = SOURCE_CODE.matcher(sources);
            while (codes.find()) {
                String code = codes.group(1);
                assertTrue(legend.containsKey(code), entry.id() + " cites " + code + ", which the legend lacks");
            }
        }
    }

    /**
     * Molar masses against the formula weights computed from the standard atomic weights of
     * substances.md §0 (S18): H 1.008, C 12.011, N 14.007, O 15.999, F 18.998, P 30.974, S 32.067,
     * Cl 35.453, Br 79.904; the notes state ±0.01 g/mol agreement with S15/S21.
     */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"chlorine,Cl2", "ammonia,NH3", "hydrogen-sulfide,H2S", "sulfur-dioxide,SO2", "hydrogen-fluoride,HF",
            "hydrogen-chloride,HCl", "hydrogen-cyanide,HCN", "phosgene,COCl2", "nitrogen-dioxide,NO2",
            "methyl-isocyanate,C2H3NO", "acrylonitrile,C3H3N", "ethylene-oxide,C2H4O", "sarin,C4H10FO2P",
            "bromine,Br2", "methyl-mercaptan,CH4S", "formaldehyde,CH2O", "benzene,C6H6", "methanol,CH4O",
            "propane,C3H8", "n-butane,C4H10"})
    void molarMassesMatchTheFormulae(String id, String formula) {
        Map<String, Double> atomicWeights = Map.of("H", 1.008, "C", 12.011, "N", 14.007, "O", 15.999, "F", 18.998,
                "P", 30.974, "S", 32.067, "Cl", 35.453, "Br", 79.904);
        Matcher element = Pattern.compile("([A-Z][a-z]?)(\\d*)").matcher(formula);
        double gramsPerMol = 0;
        while (element.find()) {
            int count = element.group(2).isEmpty() ? 1 : Integer.parseInt(element.group(2));
            gramsPerMol += count * atomicWeights.get(element.group(1));
        }
        assertEquals(gramsPerMol / 1000.0, LIBRARY.require(id).molarMassKgPerMol(), 0.0015e-3, id);
    }

    @Test
    void substanceRecordUsesThePreferredSetOfEachProperty() {
        SubstanceEntry chlorine = LIBRARY.entry("chlorine").orElseThrow();
        Substance s = chlorine.substance();
        assertEquals(chlorine.property(SubstanceProperty.VAPOUR_PRESSURE).sets().get(0), s.vapourPressurePa().orElseThrow());
        assertEquals("DIPPR 101 (Perry)", ((Correlation) s.vapourPressurePa().orElseThrow()).label());
        Substance sarin = LIBRARY.require("sarin");
        assertTrue(sarin.liquidDensityKgPerM3().isEmpty());
        assertTrue(sarin.heatOfVaporisationJPerKg().isEmpty());
        assertTrue(sarin.probits().isEmpty());
        assertEquals(2, s.probits().size());
    }

    @Test
    void correlationsRefuseTemperaturesOutsideTheirRange() {
        Correlation perry = NamedSet.of("chlorine", SubstanceProperty.LIQUID_HEAT_CAPACITY, "DIPPR 100 (Perry)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> perry.at(293.15));
        assertEquals("chlorine liquid heat capacity (DIPPR 100 (Perry)): 293.15 K is outside the valid range "
                + "172.12–239.12 K of this correlation (substances.md Table 6, S9 [V])", e.getMessage());
        PropertyCorrelation sarinPressure = LIBRARY.require("sarin").vapourPressurePa().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> sarinPressure.at(268.15));
        assertThrows(IllegalArgumentException.class, () -> sarinPressure.at(Double.NaN));
        assertEquals(sarinPressure.at(303.15), ((Correlation) sarinPressure).extrapolatedAt(303.15));
    }

    /** A table is valid from its first to its last point and cannot be extrapolated at all. */
    @Test
    void aTableIsValidBetweenItsFirstAndLastPoint() {
        Correlation table = (Correlation) LIBRARY.require("hydrogen-chloride").liquidHeatCapacityJPerKgK().orElseThrow();
        assertEquals("VDI table", table.label());
        assertEquals(188.05, table.minTemperatureK());
        assertEquals(305.0, table.maxTemperatureK());
        String message = assertThrows(IllegalArgumentException.class, () -> table.at(313.15)).getMessage();
        assertTrue(message.startsWith("hydrogen-chloride liquid heat capacity (VDI table): 313.15 K is outside the"
                + " valid range 188.05–305.00 K of this correlation (VDI Heat Atlas"), message);
        assertEquals("a table cannot be extrapolated: 313.15 K is outside its points 188.05–305.00 K",
                assertThrows(IllegalArgumentException.class, () -> table.extrapolatedAt(313.15)).getMessage());
    }

    /**
     * The flashing model integrates c_p from Tb up, so the first c_p set of each pressurised liquefied gas
     * of substances.md Table 1 must span Tb to 20 °C. Not phosgene: it has no published c_p (§12 #8).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"chlorine", "ammonia", "hydrogen-sulfide", "sulfur-dioxide", "hydrogen-chloride",
            "ethylene-oxide", "methyl-mercaptan", "propane", "n-butane"})
    void theFirstHeatCapacitySetOfALiquefiedGasSpansBoilingPointToTwentyDegrees(String id) {
        SubstanceEntry entry = LIBRARY.entry(id).orElseThrow();
        Correlation first = entry.property(SubstanceProperty.LIQUID_HEAT_CAPACITY).sets().get(0);
        assertTrue(first.covers(entry.substance().normalBoilingPointK()) && first.covers(293.15),
                id + ": " + first.label() + " " + first.minTemperatureK() + "–" + first.maxTemperatureK() + " K");
    }

    private static void assertTagged(String source, String what) {
        assertTrue(TAG.matcher(source).find(), what + ": source without a [V]/[S]/[M]/[K] tag: " + source);
        assertTrue(source.contains("substances.md") || source.contains("dispersion.md")
                || SOURCE_CODE.matcher(source).find(), what + ": source names no reference: " + source);
    }
}
