package org.cbrnsim.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code cbrnsim evaluate prairie-grass} on the field data beside the project
 * ({@code ../shared/validation/prairie-grass}), with the acceptance targets of the hazard-model issue.
 */
class EvaluatePrairieGrassCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String dataFolder() {
        Path folder = Path.of(System.getProperty("cbrnsim.repo", "."), "..", "shared", "validation", "prairie-grass")
                .normalize();
        assertTrue(Files.isDirectory(folder), "Prairie Grass data expected at " + folder);
        return folder.toString();
    }

    @Test
    void theEnginesPlumeMeetsTheTargetsAndBeatsPlainBriggs() throws Exception {
        CommandLineRun run = CommandLineRun.of("evaluate", "prairie-grass", dataFolder(), "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        JsonNode overall = root.get("overall");
        assertEquals(265, overall.get("n").asInt());
        assertTrue(overall.get("fac2").asDouble() >= 0.85, "FAC2 " + overall.get("fac2"));
        assertTrue(Math.abs(overall.get("fb").asDouble()) <= 0.15, "FB " + overall.get("fb"));
        assertTrue(overall.get("vg").asDouble() <= 1.4, "VG " + overall.get("vg"));
        assertEquals(5, root.get("by_arc").size());
        assertTrue(root.get("by_class").has("D"));

        JsonNode briggs = JSON.readTree(CommandLineRun.of("evaluate", "prairie-grass", dataFolder(), "--model",
                "briggs-rural", "--json").out()).get("overall");
        assertTrue(overall.get("fac2").asDouble() > briggs.get("fac2").asDouble() + 0.05);
        assertTrue(overall.get("vg").asDouble() < briggs.get("vg").asDouble());
    }

    @Test
    void humanOutputIsATablePerArcAndClass() {
        CommandLineRun run = CommandLineRun.of("evaluate", "prairie-grass", dataFolder());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("FAC2"));
        assertTrue(run.out().contains("800 m"));
        assertTrue(run.out().contains("class F"));
    }
}
