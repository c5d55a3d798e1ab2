package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resolved scenario loads back to an equal scenario, and is written the same way every time. */
class RoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "full.yaml", "warnings.yaml", "responders.yaml"})
    void resolvedFileLoadsToAnEqualScenario(String fixture) {
        Scenario original = Fixtures.load(fixture).orThrow();
        String written = ResolvedScenarioWriter.write(original);
        LoadResult reloaded = ScenarioLoader.load(written, "resolved.yaml", SubstanceLibrary.bundled());
        assertEquals(List.of(), reloaded.errors(), written);
        assertEquals(original, reloaded.orThrow());
        assertEquals(written, ResolvedScenarioWriter.write(reloaded.orThrow()), "deterministic, and a fixed point");
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "full.yaml", "responders.yaml"})
    void writtenFileOnDiskLoadsBack(String fixture, @TempDir Path folder) {
        Scenario original = Fixtures.load(fixture).orThrow();
        Path file = folder.resolve("scenario.yaml");
        ResolvedScenarioWriter.write(original, file);
        assertEquals(original, ScenarioLoader.require(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "full.yaml"})
    void everyDefaultIsWrittenOut(String fixture) {
        String written = ResolvedScenarioWriter.write(Fixtures.load(fixture).orThrow());
        for (String key : List.of("description:", "step:", "time_zone:", "radius:", "buildings:", "temperature:",
                "roughness:", "inversion:", "start:", "height:", "at_start:", "air_exchange:", "issued_at:", "cloud_cue:",
                "preparation:", "walking_share:", "scale:", "objectives:")) {
            assertTrue(written.contains(key), key + " missing in\n" + written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"minimal.yaml", "responders.yaml"})
    void everyResponderDefaultIsWrittenOut(String fixture) {
        String written = ResolvedScenarioWriter.write(Fixtures.load(fixture).orThrow());
        for (String key : List.of("agencies:", "response:", "first_call:", "call_handling:", "turnout:",
                "emergency_speed_factor:", "first_assignment:", "size_up:", "hot_zone:", "minimum_hot_radius:",
                "rerobe_stations:", "service_cv:", "immediate_to_dead:", "retriage:", "contingency_surge:",
                "default_occupancy:")) {
            assertTrue(written.contains(key), key + " missing in\n" + written);
        }
        if (fixture.equals("responders.yaml")) {
            for (String key : List.of("crew:", "capabilities:", "ppe:", "call_out:", "ed_beds:", "icu_beds:", "occupancy:")) {
                assertTrue(written.contains(key), key + " missing in\n" + written);
            }
            assertTrue(written.contains("{id: mp-engine, type: fire-engine, at: fire-station, count: 2, crew: 4,"
                    + " capabilities: [rescue-in-ppe], ppe: structural, call_out: \"0 min\", source: \"\"}"), written);
            assertTrue(written.contains("first_call: \"when-cloud-reaches-people + 2 min\""), written);
        }
    }

    /** The probit set the run uses is written out: the substance's choice (health-effects.yaml), or the scenario's own. */
    @org.junit.jupiter.api.Test
    void probitSetIsWrittenOut() {
        String minimal = ResolvedScenarioWriter.write(Fixtures.load("minimal.yaml").orThrow());
        assertTrue(minimal.contains("health:\n    probit: \"Lees (2005) / HSE OSD/30 Table 2\""), minimal);
        String chosen = ResolvedScenarioWriter.write(ScenarioLoader.load(Fixtures.text("minimal.yaml")
                + "population:\n  health:\n    probit: \"TNO Purple Book (CPR 18E) Table 5.2\"\n", "chosen.yaml",
                SubstanceLibrary.bundled()).orThrow());
        assertTrue(chosen.contains("probit: \"TNO Purple Book (CPR 18E) Table 5.2\""), chosen);
    }
}
