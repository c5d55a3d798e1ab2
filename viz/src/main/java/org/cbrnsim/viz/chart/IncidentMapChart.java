package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.ZoneFootprint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.locationtech.jts.geom.Geometry;

import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The map of the incident: the countries, places and roads of the scenario, the release points and the largest
 * footprint over the run of each threat tier (zones.geojson), on axes in km east and north of the region's origin.
 */
public final class IncidentMapChart implements DebriefChart {

    @Override
    public String id() {
        return "map";
    }

    @Override
    public String title() {
        return "Incident map: the largest threat zones";
    }

    @Override
    public String caption(RunRecord run) {
        String zones = run.zones().isEmpty() ? "No tier's level was exceeded anywhere during the run."
                : "Coloured areas: where each tier's level was exceeded at some time during the run (" + zoneList(run) + ").";
        return zones + " Places and roads from the scenario; distances in km from the region's origin (azimuthal"
                + " equidistant projection, equal scale on both axes).";
    }

    @Override
    public int heightPx() {
        return 900;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        MapLayers layers = new MapLayers(run);
        SortedMap<Integer, Geometry> zones = TierAreas.ofZones(run.zones());
        EqualAspectXYPlot plot = layers.plot(layers.extent(zones.values()), true);
        layers.addCountryAreas(plot);
        layers.addTiers(plot, zones);
        layers.addTopLayers(plot, MapLayers.Labels.ALL, layers.shapeOf(zones.values()));
        SortedMap<Integer, String> labels = new TreeMap<>();
        for (ZoneFootprint zone : run.zones()) {
            labels.put(zone.level(), zone.tier() + String.format(Locale.ROOT, ", %.1f km²", zone.areaKm2()));
        }
        plot.setFixedLegendItems(layers.legend(labels));
        JFreeChart chart = DebriefStyle.chart(title(), run.scenario().name(), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.RIGHT);
        return Optional.of(chart);
    }

    private static String zoneList(RunRecord run) {
        StringBuilder text = new StringBuilder();
        for (ZoneFootprint zone : run.zones()) {
            text.append(text.length() == 0 ? "" : ", ").append(zone.tier())
                    .append(String.format(Locale.ROOT, " %.1f km²", zone.areaKm2()));
        }
        return text.toString();
    }
}
