package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.EventsCsvWriter;
import org.cbrnsim.record.GeoFeature;
import org.cbrnsim.record.GeoJsonWriter;
import org.cbrnsim.record.ObjectiveOutcome;
import org.cbrnsim.record.ReleaseEnded;
import org.cbrnsim.record.ReleaseStarted;
import org.cbrnsim.record.RunFolder;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.record.SummaryJsonWriter;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.record.TimeSeriesCsvWriter;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.record.WindChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** A small synthetic model run end to end into a run folder, as the integrator will wire the real one. */
class SyntheticRunTest {

    private static final SimulationClock CLOCK =
            new SimulationClock(OffsetDateTime.parse("2026-03-14T02:40+02:00"), 60, 2 * 3600);
    private static final List<String> FILES = List.of("events.csv", "timeseries.csv", "summary.json", "zones.geojson");

    @TempDir
    Path results;

    /** A counter, a random walk from a named stream, a release, a wind shift at a random exact time, a warning. */
    private static SimulationModel model() {
        return sim -> {
            long[] counter = {0};
            double[] walk = {0};
            boolean[] exceeded = {false};
            sim.events().at(0, t -> sim.eventLog().record(new ReleaseStarted(t, "tank-1", "chlorine", "UA", 25_000)));
            sim.events().at(600, t -> sim.eventLog().record(new ReleaseEnded(t, "tank-1", "UA", 25_000)));
            double shiftS = 60 * 60 * sim.random("weather").nextDouble();
            sim.events().at(shiftS, t -> sim.eventLog().record(new WindChanged(t, 2.5, 290, "F")));
            sim.onPhase(Phase.HAZARD, ctx -> {
                counter[0]++;
                walk[0] += ctx.random("walk").nextGaussian();
            });
            sim.onPhase(Phase.WARNING, ctx -> {
                if (ctx.step() == 5) {
                    ctx.events().after(17.25, t -> sim.eventLog().record(new WarningIssued(t, "dsns-odesa", "UA",
                            "Town, \"North\"", "sms, cell-broadcast\nsecond line")));
                }
            });
            sim.onPhase(Phase.RECORD, ctx -> {
                if (!exceeded[0] && walk[0] > 2) {
                    exceeded[0] = true;
                    ctx.record(new ThresholdFirstExceeded(ctx.timeS(), "AEGL-2", "village", "MD"));
                }
            });
            sim.addMetric("counter", () -> counter[0]);
            sim.addMetric("walk", () -> walk[0]);
        };
    }

    private Path runInto(Path root, long seed, ProgressLine progress) throws IOException {
        ExerciseSimulation sim = new ExerciseSimulation(seed, CLOCK, model());
        sim.run(progress);
        RunFolder folder = RunFolder.create(root, "synthetic", RunFolder.seedRunId(seed));
        folder.writeText("events.csv", out -> new EventsCsvWriter(CLOCK::formatLocal).write(sim.eventLog().events(), out));
        folder.writeText("timeseries.csv", out -> new TimeSeriesCsvWriter().write(sim.timeSeries(), out));
        RunSummary summary = new RunSummary("synthetic", folder.runId(), seed, "test", CLOCK.t0(), CLOCK.endS(),
                CLOCK.stepS(), sim.eventLog().size(),
                Map.of("walk_end", sim.timeSeries().value(sim.timeSeries().rowCount() - 1, 1), "counter_end", 121.0),
                List.of(new ObjectiveOutcome("warn", "warn within 20 min", true, 5.3, "warning ≤ 20 min")));
        folder.writeText("summary.json", out -> new SummaryJsonWriter().write(summary, out));
        GeometryFactory geometry = new GeometryFactory();
        GeoFeature zone = GeoFeature.of(geometry.createPolygon(new Coordinate[] {new Coordinate(0, 0),
                new Coordinate(1000, 0), new Coordinate(1000, 200), new Coordinate(0, 0)}), Map.of("tier", "AEGL-2"));
        folder.writeText("zones.geojson", out -> new GeoJsonWriter((x, y) -> new Coordinate(27.79 + x / 74_000,
                48.44 + y / 111_000), GeoJsonWriter.DEFAULT_DECIMALS).write(List.of(zone), out));
        return folder.path();
    }

    @Test
    void theSameSeedWritesByteIdenticalFiles() throws IOException {
        Path first = runInto(results.resolve("a"), 42, ProgressLine.disabled());
        ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
        long[] wallNanos = {0};
        ProgressLine shown = new ProgressLine(new PrintStream(progressBytes, true, StandardCharsets.UTF_8),
                CLOCK.endS(), () -> wallNanos[0] += 1_000_000_000L, ProgressLine.DEFAULT_INTERVAL_NANOS);
        Path second = runInto(results.resolve("b"), 42, shown);
        assertTrue(progressBytes.size() > 0, "the progress line was shown during the second run");
        for (String file : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
        String events = Files.readString(first.resolve("events.csv"));
        assertTrue(events.startsWith("t_s,clock,type,actor,country,subject,detail\n"
                + "0,2026-03-14T02:40:00+02:00,release_started,,UA,tank-1,\"chlorine, 25000 kg\"\n"), events);
        assertTrue(events.contains("317.25,2026-03-14T02:45:17+02:00,warning_issued,dsns-odesa,UA,"
                + "\"Town, \"\"North\"\"\",\"channel sms, cell-broadcast\nsecond line\"\n"), events);
        List<String> rows = Files.readAllLines(first.resolve("timeseries.csv"));
        assertEquals("t_s,counter,walk", rows.get(0));
        assertEquals(CLOCK.lastStep() + 2, rows.size());
        assertTrue(rows.get(rows.size() - 1).startsWith("7200,121,"), rows.get(rows.size() - 1));
    }

    @Test
    void differentSeedsDifferWhereRandomnessIsUsed() throws IOException {
        Path one = runInto(results, 1, ProgressLine.disabled());
        Path two = runInto(results, 2, ProgressLine.disabled());
        assertFalse(Arrays.equals(Files.readAllBytes(one.resolve("timeseries.csv")),
                Files.readAllBytes(two.resolve("timeseries.csv"))));
        assertFalse(Arrays.equals(Files.readAllBytes(one.resolve("events.csv")),
                Files.readAllBytes(two.resolve("events.csv"))));
        assertArrayEquals(Files.readAllBytes(one.resolve("zones.geojson")), Files.readAllBytes(two.resolve("zones.geojson")),
                "no randomness in the zones");
    }

    @Test
    void aSecondRunWithTheSameSeedGetsANewFolderAndLeavesTheFirstUntouched() throws IOException {
        Path first = runInto(results, 7, ProgressLine.disabled());
        byte[] before = Files.readAllBytes(first.resolve("events.csv"));
        Path second = runInto(results, 7, ProgressLine.disabled());
        assertEquals("seed-7", first.getFileName().toString());
        assertEquals("seed-7-2", second.getFileName().toString());
        assertArrayEquals(before, Files.readAllBytes(first.resolve("events.csv")));
        try (var listing = Files.list(first)) {
            assertEquals(FILES.size(), listing.count(), "only the four complete files, no temporary ones");
        }
    }
}
