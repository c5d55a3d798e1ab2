package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cbrnsim.record.EvacuationStarted;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evacuation_started events of a real run (the shipped Dniester scenario, 3 simulated hours, while people
 * are still on the way), read from the run folder as a user would: they count the residents who set out, never
 * the population of the place, and add up to the evacuated and still-evacuating people of timeseries.csv.
 */
class EvacuationStartedEventsTest {

    private static final Pattern DETAIL = Pattern.compile("(\\d+) residents? set out \\((\\d+) from this place so far\\)");

    @TempDir
    static Path results;

    private static Scenario scenario;
    private static List<CSVRecord> departures;
    private static Map<String, String> lastRow;

    @BeforeAll
    static void run() throws IOException {
        scenario = ScenarioLoader.require(Path.of(System.getProperty("cbrnsim.repo"), "scenarios", "dniester-chlorine.yaml"));
        Path folder = ScenarioRun.run(scenario, 1, results, OptionalDouble.of(3 * 3600), ProgressLine.disabled()).folder();
        departures = read(folder.resolve("events.csv")).stream()
                .filter(e -> e.get("type").equals(EvacuationStarted.TYPE)).toList();
        List<CSVRecord> rows = read(folder.resolve("timeseries.csv"));
        lastRow = rows.get(rows.size() - 1).toMap();
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(in).getRecords());
        }
    }

    private static long setOut(CSVRecord event) {
        return Long.parseLong(detail(event).group(1));
    }

    private static Matcher detail(CSVRecord event) {
        Matcher m = DETAIL.matcher(event.get("detail"));
        assertTrue(m.matches(), "detail: " + event.get("detail"));
        return m;
    }

    private static double column(String name) {
        return Double.parseDouble(lastRow.get(name));
    }

    @Test
    void theCountsAddUpToTheEvacuatedAndStillEvacuating() {
        long setOut = departures.stream().mapToLong(EvacuationStartedEventsTest::setOut).sum();
        double leftAlive = column("evacuated") + column("evacuating");
        assertTrue(column("evacuating") > 0, "the run should end with people still on the way");
        // Those who set out and then died are in neither column: the difference is at most the dead.
        assertTrue(setOut >= leftAlive && setOut - leftAlive <= column("dead"),
                "set out " + setOut + ", evacuated + evacuating " + leftAlive + ", dead " + column("dead"));
        for (String country : List.of("UA", "MD")) {
            long inCountry = departures.stream().filter(e -> e.get("country").equals(country))
                    .mapToLong(EvacuationStartedEventsTest::setOut).sum();
            double alive = column("evacuated_" + country) + column("evacuating_" + country);
            assertTrue(inCountry >= alive && inCountry - alive <= column("dead_" + country),
                    country + ": set out " + inCountry + ", evacuated + evacuating " + alive);
        }
    }

    @Test
    void eachPlacesRunningTotalIsTheSumOfItsBatchesAndBelowItsPopulation() {
        Map<String, Long> sums = new HashMap<>();
        Map<String, Double> lastS = new HashMap<>();
        for (CSVRecord event : departures) {
            String place = event.get("subject");
            double tS = Double.parseDouble(event.get("t_s"));
            assertTrue(tS > lastS.getOrDefault(place, -1.0), "one batch per place and step, in time order: " + event);
            lastS.put(place, tS);
            long sum = sums.merge(place, setOut(event), Long::sum);
            assertEquals(sum, Long.parseLong(detail(event).group(2)), event.toString());
            assertEquals("residents", event.get("actor"));
        }
        assertTrue(sums.size() >= 2, "departures from " + sums.keySet());
        for (Map.Entry<String, Long> place : sums.entrySet()) {
            long population = scenario.places().stream().filter(p -> p.id().equals(place.getKey()))
                    .mapToLong(PlaceSpec::population).findFirst().orElseThrow();
            assertTrue(place.getValue() < population, place.getKey() + ": " + place.getValue() + " of " + population);
        }
        CSVRecord first = departures.get(0);
        assertTrue(setOut(first) < 1000, "the first batch is the first few to leave, not the town: " + first);
    }
}
