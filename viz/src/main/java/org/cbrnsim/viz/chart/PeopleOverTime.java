package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts of people over time from timeseries.csv, one line per metric drawn as straight segments between the counts
 * of successive rows (never a spline: between two rows a line stays between their counts, so it never dips below
 * a later value or overshoots one), each line one path so that its dash pattern shows: one plot for a one-country region, or one plot
 * per country side by side, each on its own "people" scale so that a country with few people affected is not flattened
 * by one with many.
 */
final class PeopleOverTime {

    private static final DecimalFormat PEOPLE = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
    /** The least top of the people axis, so that a run with nobody affected shows a flat line at 0, not noise. */
    private static final double MIN_TOP = 10;
    private static final double TOP_MARGIN = 1.05;
    private static final double MIN_SHOWN_S = 3600;
    private static final double QUARTER_HOUR_S = 900;
    private static final double TAIL_SHARE = 0.2;
    /** Tall insets round the people labels make the axis choose fewer ticks. */
    private static final RectangleInsets TICK_LABEL_SPACING = new RectangleInsets(6, 4, 6, 4);

    private PeopleOverTime() {
    }

    /**
     * The chart of these metrics; empty when the run recorded none of them.
     *
     * @param perCountry one plot per country when the region has several and the run recorded the per-country columns
     */
    static Optional<JFreeChart> chart(RunRecord run, String title, List<MetricLine> lines, boolean perCountry) {
        List<MetricLine> recorded = lines.stream().filter(line -> run.timeSeries().column(line.column()).isPresent()).toList();
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        List<CountrySpec> countries = run.scenario().region().countries();
        boolean split = perCountry && countries.size() > 1 && recorded.stream().allMatch(line -> countries.stream()
                .allMatch(c -> run.timeSeries().column(line.column(), c.code()).isPresent()));
        if (!split) {
            return Optional.of(DebriefStyle.chart(title, run.scenario().name(), plot(run, recorded, ""), true));
        }
        List<XYPlot> panels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (CountrySpec country : countries) {
            panels.add(plot(run, recorded, "_" + country.code()));
            titles.add(country.name() + " (" + country.code() + ")");
        }
        PanelGridPlot row = new PanelGridPlot(panels, titles, panels.get(0).getLegendItems());
        return Optional.of(DebriefStyle.chart(title, run.scenario().name() + ": one panel per country, each on its own"
                + " scale", row, true));
    }

    /** The lines of one country (column suffix "_CC") or of all (suffix ""), on an axis of their own. */
    private static XYPlot plot(RunRecord run, List<MetricLine> lines, String suffix) {
        double[] timesS = run.timeSeries().timesS();
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < lines.size(); i++) {
            MetricLine line = lines.get(i);
            double[] values = run.timeSeries().column(line.column() + suffix).orElseThrow();
            XYSeries series = new XYSeries(line.label(), false, true);
            for (int row = 0; row < timesS.length; row++) {
                series.add(timesS[row], values[row], false);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, line.colour());
            renderer.setSeriesStroke(i, line.stroke());
        }
        renderer.setDrawSeriesLineAsPath(true);
        NumberAxis people = peopleAxis();
        people.setRange(0, Math.max(MIN_TOP, dataset.getRangeUpperBound(false) * TOP_MARGIN));
        XYPlot plot = new XYPlot(dataset, ElapsedTimeAxis.create(run.summary().start(), shownEndS(run, lines)), people,
                renderer);
        DebriefStyle.style(plot);
        return plot;
    }

    /**
     * Where the time axis ends: at the run's end, or earlier when every line is flat well before it (a short puff in a
     * six-hour run): 20 % after the last change, rounded up to a quarter hour, at least one hour.
     */
    static double shownEndS(RunRecord run, List<MetricLine> lines) {
        double[] timesS = run.timeSeries().timesS();
        double lastChangeS = 0;
        for (String column : run.timeSeries().names()) {
            if (lines.stream().noneMatch(line -> column.equals(line.column()) || column.startsWith(line.column() + "_"))) {
                continue;
            }
            double[] values = run.timeSeries().column(column).orElseThrow();
            for (int row = 1; row < values.length; row++) {
                if (values[row] != values[row - 1]) {
                    lastChangeS = Math.max(lastChangeS, timesS[row]);
                }
            }
        }
        double shown = Math.max(MIN_SHOWN_S, Math.ceil(lastChangeS * (1 + TAIL_SHARE) / QUARTER_HOUR_S) * QUARTER_HOUR_S);
        return Math.min(run.endS(), shown);
    }

    /** A sentence for the caption when the time axis stops before the run's end; "" when it does not. */
    static String shortenedNote(RunRecord run, List<MetricLine> lines) {
        double shownS = shownEndS(run, lines);
        return shownS < run.endS() ? " Nothing changes after " + ElapsedTimeFormat.text(shownS) + " until the run ends at "
                + ElapsedTimeFormat.text(run.endS()) + "." : "";
    }

    private static NumberAxis peopleAxis() {
        NumberAxis axis = new NumberAxis("people");
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        axis.setNumberFormatOverride(PEOPLE);
        axis.setAutoRange(false);
        axis.setTickLabelInsets(TICK_LABEL_SPACING);
        return axis;
    }
}
