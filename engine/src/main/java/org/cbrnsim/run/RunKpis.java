package org.cbrnsim.run;

import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.record.SimEvent;
import org.cbrnsim.record.TimeSeries;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.scenario.HealthSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key figures of a run, from its time series and events: health outcomes at the end, the largest numbers
 * above each AEGL tier, sheltered and evacuated, when the first warning went out, and how much was released.
 */
final class RunKpis {

    /** How sought_care, admitted, icu and dead are counted (summary.json notes). */
    static final String OUTCOME_COUNTING = "cumulative and nested, as incident reports count: sought_care (everyone whose"
            + " injury sent them to care, or worse, plus the worried well) includes admitted, which includes icu, which"
            + " includes dead";

    private RunKpis() {
    }

    static Map<String, Double> of(TimeSeries series, List<? extends SimEvent> events, double releasedKg) {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("released_kg", releasedKg);
        for (String name : List.of("dead", "icu", "admitted", "sought_care", "worried_well", "evacuated")) {
            kpis.put(name, last(series, name));
        }
        for (String name : List.of("above_aegl3", "above_aegl2", "above_aegl1", "sheltered", "evacuating", "warned")) {
            kpis.put("max_" + name, max(series, name));
        }
        kpis.put("first_warning_s", events.stream().filter(e -> e instanceof WarningIssued).mapToDouble(SimEvent::tS)
                .min().orElse(Double.NaN));
        return kpis;
    }

    /**
     * The notes of summary.json on the health model: the lethality probit set used and why, and how the
     * outcome counts are counted.
     */
    static Map<String, String> healthNotes(HealthSpec health, Substance substance) {
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("lethality_probit", health.setFor(substance));
        notes.put("lethality_probit_reason", health.reasonFor(substance));
        notes.put("outcome_counting", OUTCOME_COUNTING);
        return notes;
    }

    private static int column(TimeSeries series, String name) {
        int column = series.metricNames().indexOf(name);
        if (column < 0) {
            throw new IllegalStateException("no metric \"" + name + "\" in the time series");
        }
        return column;
    }

    private static double last(TimeSeries series, String name) {
        return series.rowCount() == 0 ? 0 : series.value(series.rowCount() - 1, column(series, name));
    }

    private static double max(TimeSeries series, String name) {
        int column = column(series, name);
        double max = 0;
        for (int row = 0; row < series.rowCount(); row++) {
            max = Math.max(max, series.value(row, column));
        }
        return max;
    }
}
