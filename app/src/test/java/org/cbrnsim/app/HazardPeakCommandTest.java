package org.cbrnsim.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cbrnsim hazard peak} as a user runs it. */
class HazardPeakCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void peaksFallWithDistanceAndPpmMatchesMilligrams() throws Exception {
        CommandLineRun run = CommandLineRun.of("hazard", "peak", "--chemical", "ammonia", "--rate", "1kg/s",
                "--duration", "30min", "--wind", "3m/s", "--stability", "D", "--distances", "200,500,1000,2000m", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode points = JSON.readTree(run.out()).get("points");
        assertEquals(4, points.size());
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : points) {
            double ppm = p.get("peak_ppm").asDouble();
            assertTrue(ppm < previous, "peak falls with distance");
            previous = ppm;
            // 1 ppm of NH3 at 15 °C and 1 atm = 17.031 / (8.314462618 · 288.15 / 101.325) mg/m³ = 0.7203 mg/m³
            assertEquals(ppm * 0.7203, p.get("peak_mg_m3").asDouble(), 1e-3 * ppm);
        }
        assertEquals(200, points.get(0).get("x_m").asDouble(), 1e-9);
    }

    @Test
    void theProbitSetIsNamedAndLethalityFallsWithDistance() throws Exception {
        CommandLineRun run = CommandLineRun.of("hazard", "peak", "--chemical", "chlorine", "--rate", "5kg/s",
                "--duration", "10min", "--wind", "2m/s", "--stability", "F", "--model", "gaussian",
                "--distances", "300,3000m", "--probit", "Lees", "--json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode points = JSON.readTree(run.out()).get("points");
        assertTrue(points.get(0).get("probit_set").asText().contains("Lees"));
        assertTrue(points.get(0).get("toxic_load_unit").asText().startsWith("ppm"));
        assertTrue(points.get(0).get("probability_of_death").asDouble() > points.get(1).get("probability_of_death").asDouble());
    }

    /** Without --probit the set chosen for the chemical in health-effects.yaml is used: Lees for chlorine. */
    @Test
    void theDefaultProbitIsTheSubstancesChoice() throws Exception {
        CommandLineRun run = CommandLineRun.of("hazard", "peak", "--chemical", "chlorine", "--rate", "5kg/s",
                "--duration", "10min", "--wind", "2m/s", "--stability", "F", "--model", "gaussian",
                "--distances", "300m", "--json");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Lees (2005) / HSE OSD/30 Table 2",
                JSON.readTree(run.out()).get("points").get(0).get("probit_set").asText());
    }

    /**
     * The case: 20 t of chlorine over 2 min at 1.5 m/s, class E, 12 km downwind. Cut at ALOHA's hour the
     * command reported 0.001 ppm at T+00:59:59, before the cloud arrived; now it follows the cloud's passage and
     * names the window it used.
     */
    @Test
    void thePeakFarDownwindIsFoundAfterTheFirstHour() throws Exception {
        String[] args = {"hazard", "peak", "--chemical", "chlorine", "--mass", "20t", "--duration", "2min",
                "--wind", "1.5m/s", "--stability", "E", "--distances", "12000m"};
        CommandLineRun json = CommandLineRun.of(concat(args, "--json"));
        assertEquals(0, json.exitCode(), json.err());
        JsonNode point = JSON.readTree(json.out()).get("points").get(0);
        assertTrue(point.get("peak_time_s").asDouble() > 3600, point.toString());
        assertTrue(point.get("peak_ppm").asDouble() > 1, point.toString());
        CommandLineRun table = CommandLineRun.of(args);
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("(the cloud's passage)"), table.out());
    }

    private static String[] concat(String[] args, String more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = more;
        return all;
    }
}
