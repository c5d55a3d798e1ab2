package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.awt.Color;
import java.util.List;
import java.util.Optional;

/** Injured by severity and dead over time, per country (timeseries.csv injured_light/moderate/severe, dead). */
public final class CasualtiesChart implements DebriefChart {

    private static final List<MetricLine> LINES = List.of(
            new MetricLine("dead", "dead", Color.BLACK, DebriefStyle.line(4.5f)),
            new MetricLine("injured_severe", "injured, severe", new Color(0x08, 0x30, 0x6B), DebriefStyle.DASH_DOT),
            new MetricLine("injured_moderate", "injured, moderate", new Color(0x21, 0x71, 0xB5), DebriefStyle.DASHED),
            new MetricLine("injured_light", "injured, light", new Color(0x6B, 0xAE, 0xD6), DebriefStyle.DOTTED));

    @Override
    public String id() {
        return "casualties";
    }

    @Override
    public String title() {
        return "Injured and dead";
    }

    @Override
    public String caption(RunRecord run) {
        return "Number of people alive with a light, moderate or severe injury at each time, and of the dead so far, from"
                + " the toxic load each resident breathed (timeseries.csv, columns injured_light, injured_moderate,"
                + " injured_severe, dead). A person whose injury worsens moves from one line to the next." + PeopleOverTime.shortenedNote(run, LINES);
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        return PeopleOverTime.chart(run, title(), LINES, true);
    }
}
