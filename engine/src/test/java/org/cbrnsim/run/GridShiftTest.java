package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.cbrnsim.record.BorderCrossedByCloud;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.scenario.Region;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped scenarios against the grids of the run: moving the region's origin by about 50 m east and
 * north moves every local coordinate (so every grid line lies elsewhere on the ground) but nothing on the
 * ground, so the casualties must stay the same; and the cloud is recorded in a country no later than the
 * first resident there above AEGL-1.
 */
class GridShiftTest {

    private static final double METRES_PER_DEGREE = 111_320;

    @TempDir
    Path out;

    private static Scenario shipped(String name) {
        return ScenarioLoader.require(Path.of("..", "scenarios", name));
    }

    /** The scenario with its region origin moved {@code eastM} and {@code northM}. */
    private static Scenario originMoved(Scenario s, double eastM, double northM) {
        Region r = s.region();
        double lat = r.originLatDeg() + northM / METRES_PER_DEGREE;
        double lon = r.originLonDeg() + eastM / (METRES_PER_DEGREE * Math.cos(Math.toRadians(r.originLatDeg())));
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.sources(), s.exercise(), s.clock(),
                new Region(lat, lon, r.countries()), s.places(), s.roads(), s.weather(), s.hazards(), s.population(), s.response());
    }

    private Map<String, Double> kpis(Scenario scenario, double untilS) {
        return ScenarioRun.run(scenario, 1, out, OptionalDouble.of(untilS), ProgressLine.disabled()).summary().kpis();
    }

    /** Aqaba's port workers stand 0–300 m from the tank: a narrow, fresh cloud, where 100-m cells gave ±50 % deaths. */
    @Test
    void portWorkerCasualtiesDoNotDependOnWhereTheGridLinesFall() {
        Scenario aqaba = shipped("aqaba-chlorine.yaml");
        Map<String, Double> here = kpis(aqaba, 3600);
        assertTrue(here.get("dead") >= 10, "the port is hit: " + here);
        for (double[] shift : new double[][] {{50, 50}, {50, 0}, {23, 71}}) {
            Map<String, Double> moved = kpis(originMoved(aqaba, shift[0], shift[1]), 3600);
            for (String kpi : List.of("dead", "max_above_aegl3", "max_above_aegl1")) {
                assertEquals(here.get(kpi), moved.get(kpi), Math.max(1, 0.05 * here.get(kpi)),
                        kpi + " with the origin moved by " + shift[0] + ", " + shift[1] + " m");
            }
        }
    }

    @Test
    void theCloudIsRecordedInACountryNoLaterThanItsFirstResidentAboveAegl1() throws IOException {
        Path folder = ScenarioRun.run(shipped("dniester-chlorine.yaml"), 1, out, OptionalDouble.of(3 * 3600),
                ProgressLine.disabled()).folder();
        List<String[]> events = Files.readAllLines(folder.resolve("events.csv")).stream().skip(1)
                .map(line -> line.split(",", 7)).toList();
        double crossed = events.stream().filter(e -> e[2].equals(BorderCrossedByCloud.TYPE) && e[4].equals("MD"))
                .mapToDouble(e -> Double.parseDouble(e[0])).min().orElse(Double.NaN);
        double firstAbove = events.stream().filter(e -> e[2].equals(ThresholdFirstExceeded.TYPE) && e[4].equals("MD")
                && e[6].equals("AEGL-1")).mapToDouble(e -> Double.parseDouble(e[0])).min().orElse(Double.NaN);
        assertTrue(firstAbove > 0, "a resident of Moldova is above AEGL-1");
        assertTrue(crossed <= firstAbove, "crossed at " + crossed + " s, first resident above AEGL-1 at " + firstAbove + " s");
    }
}
