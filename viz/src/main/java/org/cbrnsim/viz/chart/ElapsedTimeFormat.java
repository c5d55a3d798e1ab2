package org.cbrnsim.viz.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seconds after T0 as "T+hh:mm" (rounded to the nearest minute; "T-00:10" before T0), the time labels of every
 * debrief chart. Parses the same text back to seconds.
 */
public final class ElapsedTimeFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final Pattern TEXT = Pattern.compile("T([+-])(\\d{2,}):([0-5]\\d)");

    /** "T+hh:mm" of a time in seconds after T0. */
    public static String text(double seconds) {
        long minutes = Math.round(seconds / 60.0);
        long magnitude = Math.abs(minutes);
        return String.format(java.util.Locale.ROOT, "T%s%02d:%02d", minutes < 0 ? "-" : "+", magnitude / 60, magnitude % 60);
    }

    @Override
    public StringBuffer format(double seconds, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(text(seconds));
    }

    @Override
    public StringBuffer format(long seconds, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) seconds, toAppendTo, pos);
    }

    /** Seconds of a "T+hh:mm" text at {@code pos}; null (and the error index set) when there is none. */
    @Override
    public Number parse(String source, ParsePosition pos) {
        Matcher matcher = TEXT.matcher(source);
        matcher.region(pos.getIndex(), source.length());
        if (!matcher.lookingAt()) {
            pos.setErrorIndex(pos.getIndex());
            return null;
        }
        pos.setIndex(matcher.end());
        long minutes = Long.parseLong(matcher.group(2)) * 60 + Long.parseLong(matcher.group(3));
        return (matcher.group(1).equals("-") ? -minutes : minutes) * 60L;
    }
}
