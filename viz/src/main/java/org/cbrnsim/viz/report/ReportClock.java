package org.cbrnsim.viz.report;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.cbrnsim.sim.SimulationClock;

/** Times of a run as the report shows them: "T+01:50" after T0 and the local clock "04:30" at T0's UTC offset. */
public final class ReportClock {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter START = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm xxx", Locale.ROOT);

    private final OffsetDateTime start;

    /** @param start T0 with its UTC offset */
    public ReportClock(OffsetDateTime start) {
        this.start = Objects.requireNonNull(start, "start");
    }

    /** "T+01:50": whole minutes after T0, truncated. */
    public String elapsed(double tS) {
        return SimulationClock.formatElapsed(tS);
    }

    /** "04:30", the local clock at T0's offset (truncated to the minute); "00:10 +1 d" on a later day. */
    public String local(double tS) {
        OffsetDateTime time = start.plusNanos(Math.round(tS * 1e9)).truncatedTo(ChronoUnit.MINUTES);
        long days = ChronoUnit.DAYS.between(start.toLocalDate(), time.toLocalDate());
        return HOURS_MINUTES.format(time) + (days == 0 ? "" : " +" + days + " d");
    }

    /** "T+01:50 (04:30)". */
    public String both(double tS) {
        return elapsed(tS) + " (" + local(tS) + ")";
    }

    /** T0 as "2026-03-14 02:40 +02:00". */
    public String startText() {
        return START.format(start);
    }

    /** T0's date in words, "14 March 2026". */
    public String startDate() {
        return DATE.format(start);
    }

    /** T0's local clock, "02:40". */
    public String startClock() {
        return HOURS_MINUTES.format(start);
    }

    /** A duration as "12 h" or "2 h 30 min" (whole minutes, truncated). */
    public static String duration(double durationS) {
        long minutes = (long) Math.floor(durationS / 60);
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
