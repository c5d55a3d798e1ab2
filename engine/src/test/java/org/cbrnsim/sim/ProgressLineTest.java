package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void showsSimulatedTimeShareAndSpeedAtMostEveryInterval() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] wallNanos = {0};
        ProgressLine line = new ProgressLine(new PrintStream(bytes, true, StandardCharsets.UTF_8), 43_200,
                () -> wallNanos[0], ProgressLine.DEFAULT_INTERVAL_NANOS);
        line.update(0);
        wallNanos[0] = 1_000_000_000L;
        line.update(600);
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "nothing before the first interval");
        wallNanos[0] = Math.round(12_000 / 1.4 * 1e9);
        line.update(12_000);
        assertEquals("\rT+03:20 of 12:00, 27%, 1.4× faster than real time", bytes.toString(StandardCharsets.UTF_8));
        wallNanos[0] += 2 * Math.round(12_000 / 1.4 * 1e9);
        line.update(13_000);
        line.finish();
        assertEquals("\rT+03:20 of 12:00, 27%, 1.4× faster than real time"
                        + "\rT+03:36 of 12:00, 30%, 2.0× slower than real time" + System.lineSeparator(),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theStandardErrorLineIsOffWhenAskedOrWithoutATerminal() {
        assertFalse(ProgressLine.onStandardError(600, true).isEnabled());
        assertEquals(System.console() != null, ProgressLine.onStandardError(600, false).isEnabled());
        assertFalse(ProgressLine.disabled().isEnabled());
    }
}
