package org.cbrnsim.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cbrnsim.app.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cbrnsim run} on the shipped scenarios, as a user runs it. */
class RunCommandTest {

    private static final List<String> RUN_FILES = List.of("scenario.yaml", "events.csv", "timeseries.csv",
            "summary.json", "zones.geojson", "cloud.geojson");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> shippedScenarios() throws IOException {
        Path folder = Path.of(System.getProperty("cbrnsim.repo", "."), "scenarios");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(yaml.isEmpty(), "scenarios expected in " + folder);
            return yaml.stream();
        }
    }

    private static Path run(Path scenario, Path out, String seed, String until) {
        CommandLineRun run = CommandLineRun.of("run", scenario.toString(), "--seed", seed, "--out", out.toString(),
                "--until", until, "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        Path folder = Path.of(run.out().strip());
        assertTrue(Files.isDirectory(folder), "prints the run folder: " + run.out());
        return folder;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedScenarios")
    void everyShippedScenarioRunsAndWritesTheRunFolder(Path scenario, @TempDir Path out) throws IOException {
        Path folder = run(scenario, out, "1", "45min");
        for (String file : RUN_FILES) {
            assertTrue(Files.size(folder.resolve(file)) > 0, file);
        }
        assertEquals("t_s,clock,type,actor,country,subject,detail", Files.readAllLines(folder.resolve("events.csv")).get(0));
        List<String> series = Files.readAllLines(folder.resolve("timeseries.csv"));
        assertTrue(series.get(0).startsWith("t_s,"), series.get(0));
        assertEquals(1 + 46, series.size(), "header and one row per minute, T+0 to T+45 min");
        JsonNode summary = JSON.readTree(folder.resolve("summary.json").toFile());
        assertEquals(1, summary.get("seed").asLong());
        assertTrue(summary.get("kpis").has("dead"));
        assertTrue(Files.readString(folder.resolve("events.csv")).contains("release_started"));
        assertEquals("FeatureCollection", JSON.readTree(folder.resolve("zones.geojson").toFile()).get("type").asText());
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot(@TempDir Path first, @TempDir Path second,
                                                                 @TempDir Path third) throws IOException {
        Path scenario = shippedScenarios().filter(p -> p.getFileName().toString().startsWith("dniester")).findFirst()
                .orElseThrow();
        Path a = run(scenario, first, "42", "2h");
        Path b = run(scenario, second, "42", "2h");
        for (String file : RUN_FILES) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
        Path c = run(scenario, third, "43", "2h");
        assertNotEquals(Files.readString(a.resolve("timeseries.csv")), Files.readString(c.resolve("timeseries.csv")));
    }

    @Test
    void aRunNeverOverwritesAnEarlierOne(@TempDir Path out) throws IOException {
        Path scenario = shippedScenarios().findFirst().orElseThrow();
        Path first = run(scenario, out, "7", "10min");
        Files.writeString(first.resolve("events.csv"), "kept");
        Path second = run(scenario, out, "7", "10min");
        assertNotEquals(first, second);
        assertEquals("kept", Files.readString(first.resolve("events.csv")));
    }

    @Test
    void anInvalidScenarioIsRefusedWithItsProblemsAndNoFolder(@TempDir Path out) throws IOException {
        Path bad = out.resolve("bad.yaml");
        Files.writeString(bad, "format: 1\nid: broken\n");
        CommandLineRun run = CommandLineRun.of("run", bad.toString(), "--out", out.resolve("results").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("bad.yaml:"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(Files.exists(out.resolve("results")));
    }
}
