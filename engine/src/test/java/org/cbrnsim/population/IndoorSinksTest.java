package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The bundled indoor-sinks.yaml and its reader's errors. */
class IndoorSinksTest {

    private static final double HOUR = 3600.0;

    /** Every substance of substances.yaml has an entry, and only those. */
    @Test
    void everySubstanceHasAnEntry() {
        List<String> substances = SubstanceLibrary.bundled().all().stream().map(Substance::id).toList();
        assertEquals(substances, IndoorSinks.bundled().ids());
    }

    /** The values of the file, and the [D] arithmetic of its header. */
    @Test
    void bundledValues() {
        IndoorSinks sinks = IndoorSinks.bundled();
        assertEquals(2.8 / HOUR, sinks.require("chlorine").lossPerS(), 1e-15);
        assertEquals(0.2, sinks.require("chlorine").odourThresholdPpm());
        assertEquals(0.0, sinks.require("propane").lossPerS());
        assertEquals(Double.POSITIVE_INFINITY, sinks.require("sarin").odourThresholdPpm());
        assertEquals(new OdourResponse(0.5, 300), sinks.require("ammonia").response());
        // Lee et al. 1999: 2.80 /h at 0.049 cm/s ⇒ S/V = 1.59 /m; SO2 0.057 cm/s ⇒ 3.3 /h; NO2 0.004 cm/s ⇒ 0.23 /h
        double surfacePerVolume = 2.80 / HOUR / 0.049e-2;
        assertEquals(1.59, surfacePerVolume, 0.005);
        assertEquals(sinks.require("sulfur-dioxide").lossPerS(), 0.057e-2 * surfacePerVolume, 0.05 / HOUR);
        assertEquals(sinks.require("nitrogen-dioxide").lossPerS(), 0.004e-2 * surfacePerVolume, 0.005 / HOUR);
    }

    /** 0.2 ppm of chlorine at 25 °C and 1 atm is 0.2·70.906e-3·101325/(8.314·298.15) mg/m³ = 0.580 mg/m³. */
    @Test
    void odourCueInKgPerM3() {
        IndoorSink chlorine = IndoorSinks.bundled().require("chlorine");
        OdourCue cue = chlorine.odourCue(Fixtures.CHLORINE.molarMassKgPerMol(), Fixtures.K_25C, Fixtures.ATM);
        assertEquals(0.580e-6, cue.thresholdKgPerM3(), 0.001e-6);
        assertEquals(Double.POSITIVE_INFINITY, IndoorSinks.bundled().require("sarin")
                .odourCue(0.14, Fixtures.K_25C, Fixtures.ATM).thresholdKgPerM3());
    }

    private static final String GOOD = """
            format: 1
            sources: {X: "x"}
            odour_response:
              share: {value: 0.5, source: "a"}
              delay_min: {value: 5, source: "a"}
            substances:
              - id: chlorine
                indoor_loss_per_h: {value: 2.8, source: "a"}
                odour_threshold_ppm: {value: 0.2, source: "a"}
            """;

    @Test
    void readsAWellFormedFile() {
        IndoorSinks sinks = IndoorSinks.parse(GOOD, "t.yaml");
        assertEquals(List.of("chlorine"), sinks.ids());
        assertTrue(sinks.find("ammonia").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sinks.require("ammonia"));
        assertTrue(e.getMessage().contains("\"ammonia\""), e.getMessage());
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("value: 2.8", "value: -1", "t.yaml: substances[0].indoor_loss_per_h.value: must be >= 0"),
                Arguments.of("2.8, source: \"a\"", "2.8, source: \"\"",
                        "t.yaml: substances[0].indoor_loss_per_h.source: every value needs its source"),
                Arguments.of("value: 0.5", "value: 1.5",
                        "t.yaml: odour_response: odour response share must lie in [0, 1]"),
                Arguments.of("value: 0.2", "value: 0",
                        "t.yaml: substances[0]: chlorine: odour threshold must be > 0 ppm"),
                Arguments.of("format: 1", "format: 2", "t.yaml: format: this engine reads format 1"),
                Arguments.of("- id: chlorine", "- id: chlorine\n    colour: green",
                        "t.yaml: substances[0]: unknown key colour"));
    }

    /** Bad input names the file, the path and the problem. */
    @ParameterizedTest(name = "{1}")
    @MethodSource("badInput")
    void reportsBadInputWithItsPath(String from, String to, String message) {
        assertTrue(GOOD.contains(from), from);
        String text = GOOD.replace(from, to);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndoorSinks.parse(text, "t.yaml"));
        assertTrue(e.getMessage().startsWith(message), e.getMessage());
    }

    @Test
    void refusesADuplicateSubstance() {
        String twice = GOOD + """
                  - id: chlorine
                    indoor_loss_per_h: {value: 1, source: "a"}
                    odour_threshold_ppm: {none: "x", source: "a"}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndoorSinks.parse(twice, "t.yaml"));
        assertEquals("t.yaml: substances[1].id: \"chlorine\" is given twice", e.getMessage());
    }
}
