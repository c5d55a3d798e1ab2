package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.UnitArrivals;
import org.cbrnsim.viz.run.UnitArrivals.Arrival;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Response times by unit type (events.csv, unit_on_scene): one row per kind of unit, one dot per arrival at the time
 * from the first emergency call, the median as a bar and, with enough arrivals, a box over the middle half and
 * whiskers to the quickest and slowest.
 */
public final class ResponseTimesChart implements DebriefChart {

    /** A box and whiskers are drawn for a type with at least this many arrivals; below, the dots say more. */
    static final int MIN_FOR_BOX = 4;
    private static final double MINUTE_S = 60;
    private static final double DOT_PX = 12;
    private static final double JITTER = 0.08;
    private static final int JITTER_ROWS = 5;
    private static final double BOX_HALF = 0.3;
    private static final double MEDIAN_HALF = 0.36;
    private static final double LABEL_OFFSET = 0.44;

    @Override
    public String id() {
        return "response-times";
    }

    @Override
    public String title() {
        return "Response times by unit type";
    }

    @Override
    public String caption(RunRecord run) {
        List<Arrival> arrivals = UnitArrivals.of(run);
        String first = arrivals.stream().mapToDouble(Arrival::responseS).min().stream()
                .mapToObj(s -> " The quickest unit was on scene " + minutes(s) + " after the call.").findFirst().orElse("");
        return "Time from the first emergency call to each unit's arrival on scene (events.csv, unit_on_scene; "
                + arrivals.size() + (arrivals.size() == 1 ? " arrival" : " arrivals") + "), one dot per arrival, in one"
                + " row per unit type. The black bar marks each type's median; for a type with " + MIN_FOR_BOX
                + " or more arrivals, the box spans the middle half of them and the whiskers reach the quickest and"
                + " the slowest." + first;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        Map<UnitType, List<Double>> byType = new EnumMap<>(UnitType.class);
        for (Arrival arrival : UnitArrivals.of(run)) {
            byType.computeIfAbsent(arrival.type(), t -> new ArrayList<>()).add(arrival.responseS() / MINUTE_S);
        }
        if (byType.isEmpty()) {
            return Optional.empty();
        }
        List<UnitType> types = new ArrayList<>(byType.keySet());
        XYSeriesCollection dots = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        double longestMin = 0;
        for (int row = 0; row < types.size(); row++) {
            List<Double> minutes = byType.get(types.get(row));
            minutes.sort(Double::compare);
            XYSeries series = new XYSeries(types.get(row).yamlName(), false, true);
            for (int k = 0; k < minutes.size(); k++) {
                series.add(minutes.get(k).doubleValue(), row + ((k % JITTER_ROWS) - JITTER_ROWS / 2) * JITTER);
            }
            dots.addSeries(series);
            renderer.setSeriesPaint(row, ResponsePalette.of(types.get(row)));
            renderer.setSeriesShape(row, new Ellipse2D.Double(-DOT_PX / 2, -DOT_PX / 2, DOT_PX, DOT_PX));
            longestMin = Math.max(longestMin, minutes.get(minutes.size() - 1));
        }
        renderer.setUseOutlinePaint(true);
        renderer.setDefaultOutlinePaint(DebriefStyle.INK);
        renderer.setDrawOutlines(true);
        NumberAxis time = new NumberAxis("time from the first emergency call to arrival on scene (min)");
        time.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        time.setRange(0, Math.max(10, Math.ceil(longestMin * 1.1 / 5) * 5));
        XYPlot plot = RowPlot.create(dots, time, types.stream().map(UnitType::yamlName).toList(), renderer,
                DebriefStyle.AXIS_LABEL);
        for (int row = 0; row < types.size(); row++) {
            addSummary(plot, row, byType.get(types.get(row)), time.getUpperBound());
        }
        return Optional.of(DebriefStyle.chart(title(), run.scenario().name(), plot, false));
    }

    /** The median bar, the box and whiskers when there are enough arrivals, and "n = …, median …" above the row. */
    private static void addSummary(XYPlot plot, int row, List<Double> minutes, double axisEndMin) {
        BoxAndWhiskerItem stats = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(minutes);
        double median = stats.getMedian().doubleValue();
        if (minutes.size() >= MIN_FOR_BOX) {
            double q1 = stats.getQ1().doubleValue();
            double q3 = stats.getQ3().doubleValue();
            plot.addAnnotation(new XYPolygonAnnotation(new double[]{q1, row - BOX_HALF, q3, row - BOX_HALF, q3,
                    row + BOX_HALF, q1, row + BOX_HALF}, DebriefStyle.line(2f), DebriefStyle.INK, null));
            plot.addAnnotation(new XYLineAnnotation(minutes.get(0), row, q1, row, DebriefStyle.FRAME, DebriefStyle.INK));
            plot.addAnnotation(new XYLineAnnotation(q3, row, minutes.get(minutes.size() - 1), row, DebriefStyle.FRAME,
                    DebriefStyle.INK));
        }
        plot.addAnnotation(new XYLineAnnotation(median, row - MEDIAN_HALF, median, row + MEDIAN_HALF,
                DebriefStyle.line(5f), DebriefStyle.INK));
        XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "n = %d, median %s", minutes.size(),
                minutes(median * MINUTE_S)), axisEndMin * 0.99, row - LABEL_OFFSET);
        label.setFont(DebriefStyle.LABEL);
        label.setPaint(DebriefStyle.INK);
        label.setTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addAnnotation(label);
    }

    /** "14 min", rounded to the minute; "0.5 min" below 1 min. */
    static String minutes(double seconds) {
        double min = seconds / MINUTE_S;
        return min < 1 ? String.format(Locale.ROOT, "%.1f min", min) : Math.round(min) + " min";
    }
}
