package org.cbrnsim.app.run;

import org.cbrnsim.app.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The debrief of a run: drawn by {@code run}, and rebuilt by {@code report} from a copied run folder alone. */
class ReportCommandTest {

    private static final String DNIESTER = Path.of(System.getProperty("cbrnsim.repo", "."), "scenarios",
            "dniester-chlorine.yaml").toString();

    @Test
    void runDrawsTheDebriefAndReportRebuildsTheSameChartsFromACopy(@TempDir Path out, @TempDir Path elsewhere)
            throws IOException {
        CommandLineRun run = CommandLineRun.of("run", DNIESTER, "--out", out.toString(), "--until", "3h", "--quiet");
        assertEquals(0, run.exitCode(), run.err());
        Path folder = Path.of(run.out().strip());
        List<String> charts = chartNames(folder);
        assertTrue(charts.containsAll(List.of("map.png", "map.svg", "exposure.png", "timeline.png")), charts.toString());
        assertTrue(Files.size(folder.resolve("debrief.html")) > 10_000);
        assertTrue(new String(Files.readAllBytes(folder.resolve("debrief.pdf")), 0, 5).startsWith("%PDF"));

        Path copy = elsewhere.resolve("copied-run");
        Files.createDirectories(copy);
        for (String file : List.of("scenario.yaml", "events.csv", "timeseries.csv", "summary.json", "zones.geojson",
                "cloud.geojson")) {
            Files.copy(folder.resolve(file), copy.resolve(file));
        }
        CommandLineRun report = CommandLineRun.of("report", copy.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertEquals(copy.resolve("debrief.html").toString(), report.out().strip());
        assertEquals(charts, chartNames(copy));
        for (String chart : charts) {
            if (chart.endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(folder.resolve("charts").resolve(chart)),
                        Files.readAllBytes(copy.resolve("charts").resolve(chart)), chart);
            }
        }
    }

    @Test
    void noChartsSkipsTheDebrief(@TempDir Path out) {
        CommandLineRun run = CommandLineRun.of("run", DNIESTER, "--out", out.toString(), "--until", "20min", "--quiet",
                "--no-charts");
        assertEquals(0, run.exitCode(), run.err());
        Path folder = Path.of(run.out().strip());
        assertFalse(Files.exists(folder.resolve("charts")));
        assertFalse(Files.exists(folder.resolve("debrief.html")));
    }

    @Test
    void aFolderThatIsNotARunIsRefusedInOneLine(@TempDir Path empty) {
        CommandLineRun report = CommandLineRun.of("report", empty.toString());
        assertEquals(2, report.exitCode());
        assertEquals(1, report.errLines().size(), report.err());
        assertTrue(report.err().contains("scenario.yaml") || report.err().contains("summary.json")
                || report.err().contains("events.csv"), report.err());
    }

    private static List<String> chartNames(Path runFolder) throws IOException {
        try (Stream<Path> files = Files.list(runFolder.resolve("charts"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
