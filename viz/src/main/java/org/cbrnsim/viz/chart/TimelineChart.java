package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;

/**
 * The events that matter (events.csv) on one time axis: one lane per kind of event (release, weather, cloud, warning,
 * evacuation, casualties), each mark labelled with its time and what happened.
 */
public final class TimelineChart implements DebriefChart {

    /** Room before T0, a share of the run, so that marks at T+00:00 are whole. */
    private static final double LEAD_SHARE = 0.012;
    private static final Shape MARK = new Ellipse2D.Double(-6, -6, 12, 12);
    private static final Shape MARK_EDGE = new Rectangle2D.Double(-5, -5, 10, 10);

    @Override
    public String id() {
        return "timeline";
    }

    @Override
    public String title() {
        return "Timeline of key events";
    }

    /** Tall enough for five rows of labels in each of seven lanes. */
    @Override
    public int heightPx() {
        return 1050;
    }

    @Override
    public String caption(RunRecord run) {
        String response = run.scenario().response().isEmpty() ? "" : " the first emergency call, the first unit on scene,"
                + " the cordon, the first decontamination line open, the first patient admitted and the first death before"
                + " care in each country,";
        return "The first time each thing happened, from events.csv: release, wind changes, tiers first exceeded and the"
                + " cloud crossing a border, warnings, evacuations," + response + " first deaths; events of one kind in"
                + " one country less than 15 min apart share a label.";
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        List<EventLane> laneList = EventLane.of(run);
        List<TimelineEntry> entries = TimelineEntry.of(run).stream().filter(e -> laneList.contains(e.lane())).toList();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int row = 0; row < laneList.size(); row++) {
            EventLane lane = laneList.get(row);
            XYSeries series = new XYSeries(lane.label(), false, true);
            int y = row;
            entries.stream().filter(e -> e.lane() == lane).forEach(e -> series.add(e.tS(), y));
            dataset.addSeries(series);
            renderer.setSeriesShape(row, row % 2 == 0 ? MARK : MARK_EDGE);
            renderer.setSeriesPaint(row, DebriefStyle.INK);
        }
        NumberAxis time = ElapsedTimeAxis.create(run.summary().start(), run.endS());
        time.setRange(-LEAD_SHARE * run.endS(), run.endS());
        XYPlot plot = RowPlot.create(dataset, time, laneList.stream().map(EventLane::label).toList(), renderer,
                DebriefStyle.AXIS_LABEL);
        plot.addAnnotation(new TimelineLabels(entries, laneList), false);
        return Optional.of(DebriefStyle.chart(title(), run.scenario().name(), plot, false));
    }
}
