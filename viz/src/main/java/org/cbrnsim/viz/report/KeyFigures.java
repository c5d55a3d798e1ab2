package org.cbrnsim.viz.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.viz.report.ReportContent.KeyFigure;

/**
 * The key-figures table from summary.json's KPIs: the known ones in a fixed order with words and units,
 * then any others by name (unit from the name's suffix, "_kg" or "_s").
 */
final class KeyFigures {

    private record Known(String kpi, String figure, String unit) {
    }

    private static final String PEOPLE = "people";
    private static final List<Known> KNOWN = List.of(
            new Known("released_kg", "Released into the air", "kg"),
            new Known("first_warning_s", "First public warning", "after T0 (local clock)"),
            new Known("max_warned", "Warned (in all)", PEOPLE),
            new Known("max_above_aegl3", "Exposed above AEGL-3 (in all)", PEOPLE),
            new Known("max_above_aegl2", "Exposed above AEGL-2 (in all)", PEOPLE),
            new Known("max_above_aegl1", "Exposed above AEGL-1 (in all)", PEOPLE),
            new Known("dead", "Dead (at the end)", PEOPLE),
            new Known("icu", "Needed intensive care, or died (in all)", PEOPLE),
            new Known("admitted", "Admitted to hospital, or worse (in all)", PEOPLE),
            new Known("sought_care", "Sought care (in all, the worse outcomes included)", PEOPLE),
            new Known("worried_well", "of them without symptoms (worried well)", PEOPLE),
            new Known("max_sheltered", "Sheltering in place (most at one time)", PEOPLE),
            new Known("max_evacuating", "Evacuating (most at one time)", PEOPLE),
            new Known("evacuated", "Evacuated (at the end)", PEOPLE));

    private KeyFigures() {
    }

    /** The rows for {@code summary}'s KPIs; times are shown as "T+00:20 (03:00)" on {@code clock}. */
    public static List<KeyFigure> of(RunSummary summary, ReportClock clock) {
        Map<String, Double> kpis = summary.kpis();
        List<KeyFigure> rows = new ArrayList<>();
        for (Known known : KNOWN) {
            Double value = kpis.get(known.kpi());
            if (value != null) {
                rows.add(known.kpi().endsWith("_s")
                        ? time(known, value, clock)
                        : new KeyFigure(known.figure(), FigureText.whole(value), known.unit()));
            }
        }
        for (Map.Entry<String, Double> kpi : kpis.entrySet()) {
            if (KNOWN.stream().noneMatch(k -> k.kpi().equals(kpi.getKey()))) {
                rows.add(other(kpi.getKey(), kpi.getValue()));
            }
        }
        return rows;
    }

    private static KeyFigure time(Known known, double tS, ReportClock clock) {
        return Double.isFinite(tS) && tS >= 0
                ? new KeyFigure(known.figure(), clock.both(tS), known.unit())
                : new KeyFigure(known.figure(), "none", "");
    }

    /** A KPI the report does not know: "max_queue_s" → "Max queue", unit "s". */
    private static KeyFigure other(String name, double value) {
        String unit = name.endsWith("_kg") ? "kg" : name.endsWith("_s") ? "s" : "";
        String words = (unit.isEmpty() ? name : name.substring(0, name.length() - unit.length() - 1)).replace('_', ' ');
        String figure = words.isEmpty() ? name : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        return new KeyFigure(figure, FigureText.decimal(value), unit);
    }
}
