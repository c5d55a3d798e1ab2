package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** Health outcomes over time, per country (timeseries.csv sought_care, admitted, icu, dead), straight lines between counts. */
public final class CasualtiesChart implements DebriefChart {

    private static final List<MetricLine> LINES = List.of(
            new MetricLine("dead", "dead", Color.BLACK, DebriefStyle.line(4.5f)),
            new MetricLine("icu", "intensive care", new Color(0x08, 0x30, 0x6B), DebriefStyle.DASH_DOT),
            new MetricLine("admitted", "admitted", new Color(0x21, 0x71, 0xB5), DebriefStyle.DASHED),
            new MetricLine("sought_care", "sought care", new Color(0x6B, 0xAE, 0xD6), DebriefStyle.DOTTED));

    @Override
    public String id() {
        return "casualties";
    }

    @Override
    public String title() {
        return "Sought care, admitted, intensive care and dead";
    }

    @Override
    public String caption(RunRecord run) {
        return "Casualties so far, from the toxic load each resident breathed and the dose-response of the substance"
                + " (timeseries.csv, columns sought_care, admitted, icu, dead). The counts are cumulative and nested, as"
                + " incident reports count them: sought care (including the worried well) contains the admitted, who"
                + " contain those needing intensive care, who contain the dead. Straight lines join the counts of"
                + " successive minutes."
                + deathsBy(run) + PeopleOverTime.shortenedNote(run, LINES);
    }

    private static String deathsBy(RunRecord run) {
        String probit = run.summary().notes().get("lethality_probit");
        return probit == null ? "" : " Deaths by the " + probit + " lethality probit.";
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        return PeopleOverTime.chart(run, title(), LINES, true);
    }
}
