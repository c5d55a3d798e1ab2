package org.cbrnsim.sim;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * The simulation clock: T0 as a local date-time with its UTC offset, a fixed step Δt and an end. Time inside
 * is seconds since T0; step k is at t = k·Δt (computed from the integer k, never accumulated), for
 * k = 0 … {@link #lastStep()}, the last one at the end. "T+hh:mm" and the local clock are formatting only.
 */
public final class SimulationClock implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter LOCAL =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final double WHOLE_STEPS_TOLERANCE = 1e-9;

    private final OffsetDateTime t0;
    private final double stepS;
    private final double endS;
    private final long lastStep;

    /**
     * @param t0    scenario start (T0) with its UTC offset
     * @param stepS step length Δt (s), &gt; 0
     * @param endS  end of the run after T0 (s), &gt; 0 and a whole number of steps
     */
    public SimulationClock(OffsetDateTime t0, double stepS, double endS) {
        if (t0 == null) {
            throw new IllegalArgumentException("clock start T0 must be given");
        }
        if (!(stepS > 0) || Double.isInfinite(stepS)) {
            throw new IllegalArgumentException("clock step must be a finite time > 0 s, got " + stepS);
        }
        if (!(endS > 0) || Double.isInfinite(endS)) {
            throw new IllegalArgumentException("clock end must be a finite time > 0 s after T0, got " + endS);
        }
        long steps = Math.round(endS / stepS);
        if (steps < 1 || Math.abs(steps * stepS - endS) > WHOLE_STEPS_TOLERANCE * endS) {
            throw new IllegalArgumentException("clock end (" + endS + " s) must be a whole number of steps ("
                    + stepS + " s each)");
        }
        this.t0 = t0;
        this.stepS = stepS;
        this.endS = endS;
        this.lastStep = steps;
    }

    /** Scenario start with its UTC offset. */
    public OffsetDateTime t0() {
        return t0;
    }

    /** Step length Δt (s). */
    public double stepS() {
        return stepS;
    }

    /** End of the run (s after T0), the time of the last step. */
    public double endS() {
        return endS;
    }

    /** Index of the last step, end/Δt; a run has {@code lastStep() + 1} steps, the first at T0. */
    public long lastStep() {
        return lastStep;
    }

    /** Time of step {@code step} (s after T0): step·Δt. */
    public double timeS(long step) {
        if (step < 0 || step > lastStep) {
            throw new IllegalArgumentException("step must be in 0.." + lastStep + ", got " + step);
        }
        return step * stepS;
    }

    /** Local date-time (at T0's offset) of time {@code tS}, to the nanosecond. */
    public OffsetDateTime at(double tS) {
        return t0.plusNanos(Math.round(tS * 1e9));
    }

    /** Local clock time of {@code tS} at T0's offset, to the second (truncated): "2026-03-14T02:55:00+02:00". */
    public String formatLocal(double tS) {
        return LOCAL.format(at(tS).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Elapsed time since T0 as "T+hh:mm" (whole minutes, truncated; hours may exceed 99). */
    public static String formatElapsed(double tS) {
        return "T+" + hoursMinutes(tS);
    }

    /** A duration as "hh:mm", whole minutes, truncated; {@code durationS} ≥ 0. */
    public static String hoursMinutes(double durationS) {
        if (!(durationS >= 0) || Double.isInfinite(durationS)) {
            throw new IllegalArgumentException("time must be a finite value >= 0 s, got " + durationS);
        }
        long minutes = (long) Math.floor(durationS / 60);
        return String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60);
    }
}
