package org.cbrnsim.viz.chart;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The time axis of the debrief charts: seconds after T0, labelled "T+hh:mm", ticks every 15 min … 6 h. */
final class ElapsedTimeAxis {

    private static final double MINUTE_S = 60;
    private static final int[] TICK_MINUTES = {15, 30, 60, 120, 180, 360, 720, 1440};
    private static final DateTimeFormatter T0_TEXT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm xxx", Locale.ENGLISH);

    private ElapsedTimeAxis() {
    }

    /** An axis from T0 to {@code endS}, titled with T0's local date and time. */
    static NumberAxis create(OffsetDateTime t0, double endS) {
        NumberAxis axis = new NumberAxis("time after T0 = " + T0_TEXT.format(t0) + " (T+hh:mm)");
        TickUnits units = new TickUnits();
        ElapsedTimeFormat format = new ElapsedTimeFormat();
        for (int minutes : TICK_MINUTES) {
            units.add(new NumberTickUnit(minutes * MINUTE_S, format, minutes >= 60 ? 2 : 0));
        }
        axis.setStandardTickUnits(units);
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(true);
        axis.setRange(0, endS);
        return axis;
    }
}
