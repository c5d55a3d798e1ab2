package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.RenderedChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChartFilesTest {

    private static RenderedChart chart(String id, byte[] png, String svg) {
        return new RenderedChart(id, "A title", "A caption.", 10, 10, png, svg);
    }

    @Test
    void writesPngAndSvgOfEachChart(@TempDir Path run) throws IOException {
        Path charts = run.resolve("charts");
        List<Path> written = ChartFiles.write(charts, List.of(chart("map", new byte[]{1, 2, 3}, "<svg/>")));
        assertEquals(List.of(charts.resolve("map.png"), charts.resolve("map.svg")), written);
        assertArrayEquals(new byte[]{1, 2, 3}, Files.readAllBytes(charts.resolve("map.png")));
        assertEquals("<svg/>", Files.readString(charts.resolve("map.svg")));
    }

    @Test
    void replacesAChartOfTheSameNameAndLeavesOtherFilesAlone(@TempDir Path run) throws IOException {
        Path charts = Files.createDirectories(run.resolve("charts"));
        Files.writeString(charts.resolve("map.svg"), "old");
        Files.writeString(charts.resolve("notes.txt"), "the facilitator's notes");
        ChartFiles.write(charts, List.of(chart("map", new byte[]{9}, "<svg>new</svg>")));
        assertEquals("<svg>new</svg>", Files.readString(charts.resolve("map.svg")));
        assertEquals("the facilitator's notes", Files.readString(charts.resolve("notes.txt")));
        try (var files = Files.list(charts)) {
            assertEquals(3, files.count(), "no temporary files left");
        }
    }

    @Test
    void refusesAnotherFolderAndUnsafeIds(@TempDir Path run) {
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(run, List.of(chart("map", new byte[]{1}, "<svg/>"))));
        assertThrows(IllegalArgumentException.class,
                () -> ChartFiles.write(run.resolve("charts"), List.of(chart("../scenario", new byte[]{1}, "<svg/>"))));
    }
}
