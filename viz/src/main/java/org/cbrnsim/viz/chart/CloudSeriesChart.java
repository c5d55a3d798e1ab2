package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.CloudOutline;
import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.locationtech.jts.geom.Geometry;

import java.awt.geom.Rectangle2D;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Small maps of the cloud at T+15 min, T+1 h and T+3 h (cloud.geojson; where the run has no snapshot with a cloud at
 * one of those times, the nearest snapshot that has one), side by side on one scale, each tier in its zone style.
 */
public final class CloudSeriesChart implements DebriefChart {

    /** The moments shown when the run has them (s after T0). */
    static final double[] WANTED_TIMES_S = {900, 3600, 10800};

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm");
    /** Margin round the clouds shown, as a share of their extent, and the least extent (km). */
    private static final double MARGIN = 0.15;
    private static final double MIN_EXTENT_KM = 6;

    @Override
    public String id() {
        return "cloud-series";
    }

    @Override
    public String title() {
        return "The cloud over time";
    }

    @Override
    public int widthPx() {
        return 1600;
    }

    @Override
    public int heightPx() {
        return 760;
    }

    @Override
    public String caption(RunRecord run) {
        List<Double> times = shownTimesS(run);
        if (times.isEmpty()) {
            return "The cloud never exceeded a tier's level in the modelled region (cloud.geojson is empty).";
        }
        List<Double> all = run.cloudTimesS();
        double last = all.get(all.size() - 1);
        String gone = last < WANTED_TIMES_S[WANTED_TIMES_S.length - 1]
                ? " The last snapshot with a cloud above a tier's level is at " + ElapsedTimeFormat.text(last) + "." : "";
        return "Where the cloud was above each tier's level at " + String.join(", ", times.stream()
                .map(ElapsedTimeFormat::text).toList()) + " (snapshots of cloud.geojson, every 15 min)." + gone;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        List<Double> times = shownTimesS(run);
        if (times.isEmpty()) {
            return Optional.empty();
        }
        MapLayers layers = new MapLayers(run);
        Rectangle2D extent = extent(run, layers, times);
        List<XYPlot> panels = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        SortedMap<Integer, String> tierLabels = new TreeMap<>();
        for (double tS : times) {
            SortedMap<Integer, Geometry> cloud = TierAreas.ofCloudAt(run.cloud(), tS);
            EqualAspectXYPlot panel = layers.plot(extent, false);
            layers.addCountryAreas(panel);
            layers.addTiers(panel, cloud);
            layers.addTopLayers(panel, MapLayers.Labels.SETTLEMENTS, layers.shapeOf(cloud.values()));
            panels.add(panel);
            titles.add(ElapsedTimeFormat.text(tS) + "  (" + LOCAL_TIME.format(run.summary().start().plusSeconds(Math.round(tS)))
                    + " local)");
        }
        for (CloudOutline outline : run.cloud()) {
            tierLabels.put(outline.level(), "cloud above " + outline.tier());
        }
        PanelGridPlot row = new PanelGridPlot(panels, titles, layers.legend(tierLabels));
        return Optional.of(DebriefStyle.chart(title(), run.scenario().name() + ". Axes: km east and north of the region's origin.",
                row, true));
    }

    /** The snapshot times with a cloud nearest to each wanted time, without repeats, increasing. */
    static List<Double> shownTimesS(RunRecord run) {
        List<Double> available = run.cloudTimesS();
        List<Double> shown = new ArrayList<>();
        if (available.isEmpty()) {
            return shown;
        }
        for (double wanted : WANTED_TIMES_S) {
            double nearest = available.stream().min(Comparator.comparingDouble(t -> Math.abs(t - wanted))).orElseThrow();
            if (!shown.contains(nearest)) {
                shown.add(nearest);
            }
        }
        shown.sort(Comparator.naturalOrder());
        return shown;
    }

    /** The clouds shown and the release points, with a margin, at least {@value #MIN_EXTENT_KM} km a side. */
    private static Rectangle2D extent(RunRecord run, MapLayers layers, List<Double> times) {
        Rectangle2D extent = null;
        for (CloudOutline outline : run.cloud()) {
            if (times.contains(outline.tS())) {
                Rectangle2D bounds = layers.frame().shape(outline.lonLat()).getBounds2D();
                extent = extent == null ? bounds : extent.createUnion(bounds);
            }
        }
        for (var hazard : run.scenario().hazards()) {
            var at = layers.frame().km(hazard.latDeg(), hazard.lonDeg());
            extent.add(at);
        }
        double width = Math.max(MIN_EXTENT_KM, extent.getWidth() * (1 + 2 * MARGIN));
        double height = Math.max(MIN_EXTENT_KM, extent.getHeight() * (1 + 2 * MARGIN));
        return new Rectangle2D.Double(extent.getCenterX() - width / 2, extent.getCenterY() - height / 2, width, height);
    }
}
