package org.cbrnsim.sim;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress line for long runs, rewritten in place on a terminal about every two seconds:
 * "T+03:20 of 12:00, 27%, 1.4× faster than real time". It reads the wall clock and writes only to its own
 * stream (standard error), never to output files; it is off when that stream is not a terminal or when asked.
 */
public final class ProgressLine {

    /** Wall-clock time between two updates of the line (ns). */
    public static final long DEFAULT_INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final double endS;
    private final LongSupplier nanoTime;
    private final long intervalNanos;
    private long startNanos;
    private long lastPrintNanos;
    private double startSimS;
    private boolean started;
    private int lastLength;

    /**
     * An enabled progress line.
     *
     * @param out           where the line goes
     * @param endS          end of the run (s after T0), &gt; 0
     * @param nanoTime      wall clock (ns), e.g. {@code System::nanoTime}
     * @param intervalNanos least wall-clock time between two updates (ns), &gt; 0
     */
    public ProgressLine(PrintStream out, double endS, LongSupplier nanoTime, long intervalNanos) {
        if (out == null || nanoTime == null || !(endS > 0) || intervalNanos <= 0) {
            throw new IllegalArgumentException("progress needs a stream, a wall clock, an end > 0 s and an interval"
                    + " > 0 ns, got end " + endS + " s and interval " + intervalNanos + " ns");
        }
        this.out = out;
        this.endS = endS;
        this.nanoTime = nanoTime;
        this.intervalNanos = intervalNanos;
    }

    /** A progress line that shows nothing. */
    public static ProgressLine disabled() {
        return new ProgressLine();
    }

    private ProgressLine() {
        this.out = null;
        this.endS = 1;
        this.nanoTime = null;
        this.intervalNanos = 1;
    }

    /**
     * The progress line on standard error for a run ending at {@code endS}: shown only when the JVM has a
     * terminal ({@code System.console() != null}) and {@code quiet} is false.
     */
    public static ProgressLine onStandardError(double endS, boolean quiet) {
        return quiet || System.console() == null
                ? disabled()
                : new ProgressLine(System.err, endS, System::nanoTime, DEFAULT_INTERVAL_NANOS);
    }

    /** True when the line is shown. */
    public boolean isEnabled() {
        return out != null;
    }

    /** Reports that the simulation has reached {@code simS}; redraws the line when the interval has passed. */
    public void update(double simS) {
        if (out == null) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (!started) {
            started = true;
            startNanos = now;
            lastPrintNanos = now;
            startSimS = simS;
            return;
        }
        if (now - lastPrintNanos >= intervalNanos) {
            lastPrintNanos = now;
            draw(simS, now);
        }
    }

    /** Ends the line (a newline) if anything was shown. */
    public void finish() {
        if (out != null && lastLength > 0) {
            out.println();
            out.flush();
            lastLength = 0;
        }
    }

    private void draw(double simS, long now) {
        double clampedS = Math.min(Math.max(simS, 0), endS);
        double speed = (clampedS - startSimS) / ((now - startNanos) / 1e9);
        String pace = speed >= 1 ? String.format(Locale.ROOT, "%.1f× faster than real time", speed)
                : speed > 0 ? String.format(Locale.ROOT, "%.1f× slower than real time", 1 / speed)
                : "not advancing";
        String line = String.format(Locale.ROOT, "%s of %s, %d%%, %s", SimulationClock.formatElapsed(clampedS),
                SimulationClock.hoursMinutes(endS), (int) Math.floor(100 * clampedS / endS), pace);
        out.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
        out.flush();
        lastLength = line.length();
    }
}
