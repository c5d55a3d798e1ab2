package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** Warned, sheltering, evacuating and evacuated people over time, per country (timeseries.csv). */
public final class ProtectiveActionChart implements DebriefChart {

    private static final List<MetricLine> LINES = List.of(
            new MetricLine("warned", "warned", new Color(0x80, 0x80, 0x80), DebriefStyle.DOTTED),
            new MetricLine("sheltered", "sheltering", new Color(0x1B, 0x78, 0x37), DebriefStyle.SOLID),
            new MetricLine("evacuating", "evacuating (on the way)", new Color(0xB3, 0x58, 0x06), DebriefStyle.DASHED),
            new MetricLine("evacuated", "evacuated (arrived)", new Color(0x54, 0x27, 0x88), DebriefStyle.DASH_DOT));

    @Override
    public String id() {
        return "protective-actions";
    }

    @Override
    public String title() {
        return "Warning, shelter and evacuation";
    }

    @Override
    public String caption(RunRecord run) {
        return "Number of people warned so far (official warning or the cloud itself), sheltering indoors, on their way"
                + " to an evacuation destination and arrived there, at each time (timeseries.csv, columns warned,"
                + " sheltered, evacuating, evacuated)." + PeopleOverTime.shortenedNote(run, LINES);
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        return PeopleOverTime.chart(run, title(), LINES, true);
    }
}
