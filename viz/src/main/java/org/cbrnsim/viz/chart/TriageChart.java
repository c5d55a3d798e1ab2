package org.cbrnsim.viz.chart;

import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Optional;

/**
 * Patients awaiting or in care by their current triage category over time (timeseries.csv patients_immediate,
 * patients_delayed, patients_minor, patients_expectant, patients_deceased), in the colours of the triage tags.
 */
public final class TriageChart implements DebriefChart {

    private static final List<MetricLine> LINES = List.of(
            line(TriageCategory.IMMEDIATE, "immediate (red)", DebriefStyle.line(4.5f)),
            line(TriageCategory.DELAYED, "delayed (yellow)", DebriefStyle.DASHED),
            line(TriageCategory.MINOR, "minor (green)", DebriefStyle.DASH_DOT),
            line(TriageCategory.EXPECTANT, "expectant (grey)", DebriefStyle.DOTTED),
            line(TriageCategory.DECEASED, "deceased (black)", DebriefStyle.line(2f)));

    private static MetricLine line(TriageCategory category, String label, java.awt.Stroke stroke) {
        return new MetricLine("patients_" + category.label(), label, ResponsePalette.of(category), stroke);
    }

    @Override
    public String id() {
        return "triage";
    }

    @Override
    public String title() {
        return "Patients by triage category";
    }

    @Override
    public String caption(RunRecord run) {
        String system = run.scenario().response().parameters().triage().system().name();
        return "Patients waiting for or in care at each time, by their current triage category (" + system
                + "; timeseries.csv, columns patients_immediate, patients_delayed, patients_minor, patients_expectant,"
                + " patients_deceased). A re-triaged patient moves from one line to another; the lines count the"
                + " patients at each time and do not add up over time." + PeopleOverTime.shortenedNote(run, LINES);
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        return PeopleOverTime.chart(run, title(), LINES, false);
    }
}
