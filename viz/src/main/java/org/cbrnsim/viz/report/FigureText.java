package org.cbrnsim.viz.report;

import java.util.Locale;

/** Numbers as the report shows them: whole numbers with thousands separators ("8,353"), the same on every locale. */
public final class FigureText {

    /** Shown for a value that was not measured (NaN). */
    public static final String NOT_MEASURED = "not measured";

    private FigureText() {
    }

    /** {@code value} rounded to a whole number with thousands separators, e.g. "19,208"; NaN as "not measured". */
    public static String whole(double value) {
        if (Double.isNaN(value)) {
            return NOT_MEASURED;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    /** {@code value} with up to 3 decimals and thousands separators, e.g. "0.25" or "1,200.5"; NaN as "not measured". */
    public static String decimal(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value == Math.rint(value)) {
            return whole(value);
        }
        return String.format(Locale.ROOT, "%,.3f", value).replaceAll("0+$", "");
    }
}
