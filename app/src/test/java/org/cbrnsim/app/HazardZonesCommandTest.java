package org.cbrnsim.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cbrnsim hazard zones} as a user runs it. */
class HazardZonesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void alohaRunK1FromTheCommandLine() throws Exception {
        // ALOHA 5.4.7 run K1 (reference/dispersion.md §1.11): NH3 0.1 kg/min, F, 1.5 m/s, 10 °C, open country
        CommandLineRun run = CommandLineRun.of("hazard", "zones", "--molecular-weight", "17.03", "--rate", "0.1kg/min",
                "--duration", "60min", "--wind", "1.5m/s", "--stability", "F", "--temperature", "10C",
                "--loc", "1000,100,10ppm", "--model", "gaussian", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = JSON.readTree(run.out());
        assertEquals("gaussian", root.get("model").asText());
        assertTrue(root.get("model_detail").asText().contains("ALOHA Table 13"), "names the sigma set");
        double[] aloha = {35, 113, 373};
        for (int i = 0; i < 3; i++) {
            JsonNode zone = root.get("zones").get(i);
            assertEquals(aloha[i], zone.get("length_m").asDouble(), 0.05 * aloha[i]);
            assertTrue(zone.get("max_half_width_m").asDouble() > 0);
            assertTrue(zone.get("footprint_m").size() > 10, "footprint polygon");
        }
        assertEquals(1000, root.get("zones").get(0).get("loc_ppm").asDouble(), 1e-9);
    }

    @Test
    void chlorineDefaultsToItsSixtyMinuteAeglsAndPrintsATableWithUnits() {
        CommandLineRun run = CommandLineRun.of("hazard", "zones", "--chemical", "chlorine", "--rate", "2kg/s",
                "--duration", "10min", "--wind", "3m/s", "--stability", "D");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("AEGL-3 (60 min)"), run.out());
        assertTrue(run.out().contains("20.0 ppm") && run.out().contains("2.00 ppm") && run.out().contains("0.500 ppm"),
                run.out());
        assertTrue(run.out().contains("heavy gas"), "chlorine at 2 kg/s is dense by Richardson number");
        assertTrue(run.out().matches("(?s).*red\\s+AEGL-3.*\\d( k)?m.*"), run.out());
        assertTrue(run.err().isEmpty());
    }

    @Test
    void stabilityDerivedFromSunAndCloudIsReported() {
        // 10 July, 14:00 local (UTC+3) at 46.8 N: sun high, few clouds, 3 m/s → class B (Turner key)
        CommandLineRun run = CommandLineRun.of("hazard", "zones", "--chemical", "ammonia", "--rate", "1kg/s",
                "--duration", "10min", "--wind", "3m/s", "--cloud", "2/8", "--date", "2026-07-10",
                "--time", "14:00+03:00", "--location", "46.8,29.6");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("stability B (derived"), run.out());
    }

    @Test
    void alohaStyleTenthsOfCloudAndAClockTimeWithoutOffsetAreAccepted() {
        // clear night (1/10 cloud) at 23:00 local mean solar time, 2.5 m/s → class F (Turner key, night ≤ 3/8)
        CommandLineRun run = CommandLineRun.of("hazard", "zones", "--chemical", "ammonia", "--rate", "1kg/s",
                "--duration", "10min", "--wind", "2.5m/s", "--cloud", "1", "--date", "2026-03-14",
                "--time", "23:00", "--location", "46.8,29.6");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("stability F (derived"), run.out());
        assertTrue(run.out().contains("23:00 taken as local mean solar time"), run.out());
    }
}
