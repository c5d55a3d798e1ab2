package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.RunTimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Hospital beds occupied against the surge tiers (Hick et al. 2009: conventional, contingency, crisis capacity), one
 * panel per hospital (timeseries.csv hospital_occupied_&lt;place&gt; and hospital_conventional_…, _contingency_…,
 * _crisis_…): the occupied beds as a black line over bands that reach each tier's capacity.
 */
public final class HospitalOccupancyChart implements DebriefChart {

    /** At most this many hospitals are drawn; with more, the ones filled furthest into their surge tiers. */
    static final int MAX_PANELS = 6;
    private static final int COLUMNS = 3;
    static final String OCCUPIED = "hospital_occupied_";
    private static final String[] TIERS = {"crisis", "contingency", "conventional"};
    private static final Color[] TIER_COLOURS = {new Color(0xF4, 0xB6, 0xAE), new Color(0xFD, 0xE3, 0x9C),
            new Color(0xCF, 0xE8, 0xC8)};
    private static final String[] TIER_LABELS = {"crisis capacity", "contingency capacity", "conventional capacity"};

    @Override
    public String id() {
        return "hospital-occupancy";
    }

    @Override
    public String title() {
        return "Hospital occupancy and surge tiers";
    }

    @Override
    public String caption(RunRecord run) {
        List<String> shown = shown(run);
        int recorded = recorded(run).size();
        String left = recorded > shown.size() ? " " + shown.size() + " of the " + recorded + " hospitals are shown:"
                + " those filled furthest beyond their conventional capacity; timeseries.csv has them all." : "";
        return "Beds occupied in each hospital at each time (black line; timeseries.csv hospital_occupied_<place>),"
                + " over bands up to the hospital's conventional, contingency and crisis capacity (surge tiers after"
                + " Hick et al. 2009; hospital_conventional_<place>, _contingency_, _crisis_). A line in the red band"
                + " is a hospital working at crisis standards of care; above it, it has no bed left." + left;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        List<String> hospitals = shown(run);
        if (hospitals.isEmpty()) {
            return Optional.empty();
        }
        List<XYPlot> panels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (String hospital : hospitals) {
            panels.add(panel(run, hospital));
            titles.add(run.scenario().place(hospital).map(PlaceSpec::name).map(MapLayers::shortName).orElse(hospital));
        }
        PanelGridPlot grid = new PanelGridPlot(panels, titles, legend(), COLUMNS);
        return Optional.of(DebriefStyle.chart(title(), run.scenario().name() + ": one panel per hospital, each on its"
                + " own scale", grid, true));
    }

    /** The hospitals drawn, in scenario order: all with an occupancy column, or the {@value #MAX_PANELS} fullest. */
    static List<String> shown(RunRecord run) {
        List<String> recorded = recorded(run);
        List<String> fullest = recorded.stream()
                .sorted(Comparator.comparingDouble((String h) -> -surgeShare(run.timeSeries(), h)))
                .limit(MAX_PANELS).toList();
        return recorded.stream().filter(fullest::contains).toList();
    }

    /** The scenario's hospitals whose occupied beds the run recorded, in scenario order. */
    private static List<String> recorded(RunRecord run) {
        return run.scenario().response().hospitals().stream().map(HospitalSpec::placeId)
                .filter(h -> run.timeSeries().column(OCCUPIED + h).isPresent()).toList();
    }

    /** The most beds occupied over the conventional capacity at the time (0 when not recorded). */
    private static double surgeShare(RunTimeSeries series, String hospital) {
        double[] occupied = series.column(OCCUPIED + hospital).orElseThrow();
        double[] conventional = series.column("hospital_conventional_" + hospital).orElse(null);
        double most = 0;
        for (int row = 0; row < occupied.length; row++) {
            double capacity = conventional == null ? 0 : conventional[row];
            most = Math.max(most, capacity > 0 ? occupied[row] / capacity : 0);
        }
        return most;
    }

    private static XYPlot panel(RunRecord run, String hospital) {
        double[] timesS = run.timeSeries().timesS();
        XYSeriesCollection bands = new XYSeriesCollection();
        XYAreaRenderer bandRenderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        double top = 0;
        for (int i = 0; i < TIERS.length; i++) {
            Optional<double[]> capacity = run.timeSeries().column("hospital_" + TIERS[i] + "_" + hospital);
            if (capacity.isEmpty()) {
                continue;
            }
            bandRenderer.setSeriesPaint(bands.getSeriesCount(), TIER_COLOURS[i]);
            bands.addSeries(series(TIER_LABELS[i], timesS, capacity.get()));
            top = Math.max(top, Arrays.stream(capacity.get()).max().orElse(0));
        }
        double[] occupied = run.timeSeries().column(OCCUPIED + hospital).orElseThrow();
        top = Math.max(top, Arrays.stream(occupied).max().orElse(0));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, DebriefStyle.INK);
        lineRenderer.setSeriesStroke(0, DebriefStyle.line(3.5f));
        NumberAxis beds = new NumberAxis("beds");
        beds.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        beds.setRange(0, Math.max(10, top * 1.08));
        XYPlot plot = new XYPlot(bands, ElapsedTimeAxis.create(run.summary().start(), run.endS()), beds, bandRenderer);
        plot.setDataset(1, new XYSeriesCollection(series("occupied", timesS, occupied)));
        plot.setRenderer(1, lineRenderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.getDomainAxis().setLabel("time after T0 (T+hh:mm)");
        DebriefStyle.style(plot);
        return plot;
    }

    private static XYSeries series(String label, double[] timesS, double[] values) {
        XYSeries series = new XYSeries(label, false, true);
        for (int row = 0; row < timesS.length; row++) {
            series.add(timesS[row], values[row], false);
        }
        return series;
    }

    /** Occupied beds, then the tiers from conventional up. */
    private static LegendItemCollection legend() {
        LegendItemCollection legend = new LegendItemCollection();
        LegendItem occupied = new LegendItem("beds occupied", null, null, null, new Line2D.Double(-12, 0, 12, 0),
                DebriefStyle.line(3.5f), DebriefStyle.INK);
        legend.add(occupied);
        for (int i = TIERS.length - 1; i >= 0; i--) {
            legend.add(new LegendItem(TIER_LABELS[i], null, null, null, DebriefStyle.LEGEND_SQUARE,
                    TIER_COLOURS[i]));
        }
        return legend;
    }
}
