package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderTest {

    @TempDir
    Path results;

    @Test
    void theRunFolderIsResultsScenarioRun() throws IOException {
        RunFolder folder = RunFolder.create(results, "dniester-chlorine", RunFolder.seedRunId(42));
        assertEquals(results.resolve("dniester-chlorine").resolve("seed-42"), folder.path());
        assertEquals("seed-42", folder.runId());
        Path chart = folder.writeBytes("charts/deaths.svg", out -> out.write(new byte[] {1, 2, 3}));
        assertEquals(folder.path().resolve("charts/deaths.svg"), chart);
    }

    @Test
    void anExistingFolderIsNeverReusedAndItsFilesStayUntouched() throws IOException {
        RunFolder first = RunFolder.create(results, "s", "seed-1");
        first.writeText("events.csv", out -> out.write("original"));
        RunFolder second = RunFolder.create(results, "s", "seed-1");
        RunFolder third = RunFolder.create(results, "s", "seed-1");
        assertEquals(List.of("seed-1-2", "seed-1-3"), List.of(second.runId(), third.runId()));
        assertEquals("original", Files.readString(first.path().resolve("events.csv")));
        try (Stream<Path> files = Files.list(second.path())) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aFileIsNeverOverwritten() throws IOException {
        RunFolder folder = RunFolder.create(results, "s", "r");
        folder.writeText("summary.json", out -> out.write("first"));
        assertThrows(FileAlreadyExistsException.class, () -> folder.writeText("summary.json", out -> out.write("second")));
        assertEquals("first", Files.readString(folder.path().resolve("summary.json")));
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        RunFolder folder = RunFolder.create(results, "s", "r");
        assertThrows(IOException.class, () -> folder.writeText("events.csv", out -> {
            out.write("half a line");
            throw new IOException("disk full");
        }));
        assertThrows(UncheckedIOException.class, () -> folder.writeText("timeseries.csv", out -> {
            out.write("t_s");
            throw new UncheckedIOException(new IOException("boom"));
        }));
        try (Stream<Path> files = Files.list(folder.path())) {
            assertEquals(List.of(), files.toList());
        }
        folder.writeText("events.csv", out -> out.write("complete"));
        assertEquals("complete", Files.readString(folder.path().resolve("events.csv")));
    }

    @Test
    void namesMustStayInsideTheFolder() throws IOException {
        RunFolder folder = RunFolder.create(results, "s", "r");
        for (String bad : new String[] {"../escape.csv", "/tmp/x.csv", "", ".hidden", "a/../../b"}) {
            assertThrows(IllegalArgumentException.class, () -> folder.writeText(bad, out -> { }), bad);
        }
        IllegalArgumentException id = assertThrows(IllegalArgumentException.class,
                () -> RunFolder.create(results, "../up", "r"));
        assertTrue(id.getMessage().startsWith("scenario id must be"), id.getMessage());
    }
}
