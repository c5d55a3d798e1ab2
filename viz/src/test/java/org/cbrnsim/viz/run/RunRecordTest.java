package org.cbrnsim.viz.run;

import org.cbrnsim.geo.LocalProjection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunRecordTest {

    @TempDir
    static Path results;
    static Path dniester;

    @BeforeAll
    static void generate() {
        dniester = GeneratedRuns.run("dniester-chlorine", results);
    }

    @Test
    void readsEveryFileOfARunFolder() throws IOException {
        RunRecord run = RunRecord.read(dniester);
        assertEquals("dniester-chlorine", run.scenario().id());
        assertEquals(List.of("UA", "MD"), run.countryCodes());
        assertEquals(GeneratedRuns.UNTIL_S, run.endS());
        long dataLines;
        try (Stream<String> lines = Files.lines(dniester.resolve("events.csv"))) {
            dataLines = lines.count() - 1;
        }
        assertEquals(dataLines, run.events().size());
        assertEquals(run.summary().eventCount(), run.events().size());
        RunEvent first = run.events().get(0);
        assertEquals("release_started", first.type());
        assertEquals(0.0, first.tS());
        assertEquals("UA", first.country());
        double[] times = run.timeSeries().timesS();
        assertEquals(0.0, times[0]);
        assertEquals(GeneratedRuns.UNTIL_S, times[times.length - 1]);
        assertTrue(run.timeSeries().column("dead", "MD").isPresent());
        assertFalse(run.timeSeries().column("dead", "XX").isPresent());
    }

    @Test
    void totalColumnsAreTheSumOfTheCountryColumns() {
        RunRecord run = RunRecord.read(dniester);
        for (String metric : List.of("warned", "above_aegl1", "dead")) {
            double[] total = run.timeSeries().column(metric).orElseThrow();
            double[] ua = run.timeSeries().column(metric, "UA").orElseThrow();
            double[] md = run.timeSeries().column(metric, "MD").orElseThrow();
            for (int row = 0; row < total.length; row++) {
                assertEquals(total[row], ua[row] + md[row], 1e-9, metric + " row " + row);
            }
        }
    }

    /** The footprint's area computed here from its lon/lat polygon matches the area the engine wrote beside it. */
    @Test
    void zonePolygonsHaveTheAreaWrittenBesideThem() {
        RunRecord run = RunRecord.read(dniester);
        Set<Integer> levels = new TreeSet<>();
        LocalProjection projection = run.projection();
        for (ZoneFootprint zone : run.zones()) {
            levels.add(zone.level());
            assertEquals(zone.areaKm2(), localAreaM2(zone.lonLat(), projection) / 1e6, zone.areaKm2() * 0.01, zone.tier());
        }
        assertEquals(Set.of(1, 2, 3), levels);
    }

    @Test
    void cloudOutlinesAreSnapshotsEveryQuarterHour() {
        RunRecord run = RunRecord.read(dniester);
        assertFalse(run.cloud().isEmpty());
        for (double tS : run.cloudTimesS()) {
            assertEquals(0, tS % 900, "snapshot time " + tS);
        }
        for (CloudOutline outline : run.cloud()) {
            assertEquals(outline.tier(), "AEGL-" + outline.level());
        }
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path copy) throws IOException {
        Path folder = copyOf(dniester, copy);
        Files.delete(folder.resolve("events.csv"));
        assertReadFailsSaying(folder, "events.csv", "no such file");
    }

    @Test
    void aNumberThatIsNotANumberIsNamedWithItsLine(@TempDir Path copy) throws IOException {
        Path folder = copyOf(dniester, copy);
        Path file = folder.resolve("timeseries.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        lines.set(2, lines.get(2).replaceFirst(",[^,]*$", ",lots"));
        Files.write(file, lines);
        assertReadFailsSaying(folder, "timeseries.csv", "line 3", "\"lots\"");
    }

    @Test
    void aSummaryWithoutItsClockIsNamed(@TempDir Path copy) throws IOException {
        Path folder = copyOf(dniester, copy);
        Path file = folder.resolve("summary.json");
        Files.writeString(file, Files.readString(file).replace("\"clock\"", "\"klock\""));
        assertReadFailsSaying(folder, "summary.json", "clock");
    }

    @Test
    void aGeometryThatIsNotAnAreaIsNamed(@TempDir Path copy) throws IOException {
        Path folder = copyOf(dniester, copy);
        Files.writeString(folder.resolve("cloud.geojson"), "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[27.8,48.4]},\"properties\":{\"t_s\":900,\"tier\":\"AEGL-1\"}}]}",
                StandardCharsets.UTF_8);
        assertReadFailsSaying(folder, "cloud.geojson", "Point");
    }

    @Test
    void textThatIsNotJsonIsNamed(@TempDir Path copy) throws IOException {
        Path folder = copyOf(dniester, copy);
        Files.writeString(folder.resolve("zones.geojson"), "{\"type\": \"FeatureCollection\", \"features\": [", StandardCharsets.UTF_8);
        assertReadFailsSaying(folder, "zones.geojson", "not valid JSON");
    }

    private static void assertReadFailsSaying(Path folder, String... fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunRecord.read(folder));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "\"" + fragment + "\" not in: " + e.getMessage());
        }
    }

    private static double localAreaM2(Geometry lonLat, LocalProjection projection) {
        double area = 0;
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) lonLat.getGeometryN(i);
            Geometry local = polygon.copy();
            local.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                var p = projection.toLocal(c.y, c.x);
                c.setX(p.xM());
                c.setY(p.yM());
            });
            area += local.getArea();
        }
        return area;
    }

    static Path copyOf(Path runFolder, Path into) throws IOException {
        Path folder = into.resolve(runFolder.getFileName());
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(runFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }
}
