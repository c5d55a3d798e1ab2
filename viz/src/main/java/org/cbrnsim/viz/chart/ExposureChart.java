package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.util.List;
import java.util.Optional;

/** People who had been exposed above each AEGL tier's level by each time, per country (timeseries.csv above_aegl1…3). */
public final class ExposureChart implements DebriefChart {

    private static final List<MetricLine> LINES = List.of(
            new MetricLine("above_aegl3", "above AEGL-3", ZoneStyle.TIER_3.line(), ZoneStyle.TIER_3.lineStroke()),
            new MetricLine("above_aegl2", "above AEGL-2", ZoneStyle.TIER_2.line(), ZoneStyle.TIER_2.lineStroke()),
            new MetricLine("above_aegl1", "above AEGL-1", ZoneStyle.TIER_1.line(), ZoneStyle.TIER_1.lineStroke()));

    @Override
    public String id() {
        return "exposure";
    }

    @Override
    public String title() {
        return "People exposed above each AEGL tier (cumulative)";
    }

    @Override
    public String caption(RunRecord run) {
        return "Number of people who, by each time, had breathed air above each tier's level at least once, dead or alive"
                + " (cumulative; timeseries.csv, columns above_aegl1…3). Everyone above AEGL-3 is also counted above AEGL-2"
                + " and AEGL-1." + PeopleOverTime.shortenedNote(run, LINES);
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        return PeopleOverTime.chart(run, title(), LINES, true);
    }
}
