package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code precipitation:} and {@code fog:} in the weather list: read, refused with file:line:col, written back. */
class WeatherPrecipitationTest {

    private static final String STABILITY_LINE = "    stability: F\n";

    /** minimal.yaml with {@code extra} lines added to its one weather entry (after line 24, "stability: F"). */
    private static String withWeather(String extra) {
        String text = Fixtures.text("minimal.yaml");
        assertTrue(text.contains(STABILITY_LINE));
        return text.replace(STABILITY_LINE, STABILITY_LINE + extra);
    }

    private static LoadResult load(String text) {
        return ScenarioLoader.load(text, "w.yaml", SubstanceLibrary.bundled());
    }

    @Test
    void rainAndFogAreRead() {
        WeatherSpec weather = load(withWeather("    precipitation: \"2 mm/h\"\n    fog: true\n")).orThrow().weather().get(0);
        assertEquals(2e-3 / 3600, weather.precipitationMps(), 1e-20);
        assertTrue(weather.fog());
    }

    @Test
    void withoutThemTheWeatherIsDry() {
        WeatherSpec weather = load(Fixtures.text("minimal.yaml")).orThrow().weather().get(0);
        assertEquals(0, weather.precipitationMps());
        assertFalse(weather.fog());
        assertEquals(0, load(withWeather("    precipitation: none\n")).orThrow().weather().get(0).precipitationMps());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "precipitation: \"2 kg\"|25:20: error: weather[0].precipitation: expected a precipitation rate such as"
                + " \"2 mm/h\" (or \"none\"), got \"2 kg\"",
        "precipitation: \"-1 mm/h\"|25:20: error: weather[0].precipitation: a precipitation rate must be >= 0 mm/h,"
                + " got \"-1 mm/h\"",
        "precipitation: \"2 m/s\"|25:20: error: weather[0].precipitation: a precipitation rate must be at most 1872 mm/h"
                + " (the one-minute world record), got \"2 m/s\"",
        "precipitation: lots|25:20: error: weather[0].precipitation: expected a precipitation rate such as \"2 mm/h\""
                + " (or \"none\"), got \"lots\"",
        "fog: maybe|25:10: error: weather[0].fog: expected true or false, got \"maybe\"",
    })
    void badValuesAreRefusedWithTheirPlace(String line, String expected) {
        List<String> problems = load(withWeather("    " + line + "\n")).problems().stream().map(Problem::toString)
                .toList();
        assertEquals(List.of("w.yaml:" + expected), problems);
    }

    @Test
    void theResolvedScenarioWritesThemAndReadsThemBack() {
        Scenario original = load(withWeather("    precipitation: \"2.5 mm/h\"\n    fog: true\n")).orThrow();
        String written = ResolvedScenarioWriter.write(original);
        assertTrue(written.contains("precipitation: \"2.5 mm/h\""), written);
        assertTrue(written.contains("fog: true"), written);
        assertEquals(original, load(written).orThrow());
        String dry = ResolvedScenarioWriter.write(load(Fixtures.text("minimal.yaml")).orThrow());
        assertTrue(dry.contains("precipitation: none") && dry.contains("fog: false"), dry);
    }
}
