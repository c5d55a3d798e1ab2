package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.CloudOutline;
import org.cbrnsim.viz.run.ZoneFootprint;
import org.locationtech.jts.geom.Geometry;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** The areas of a run's tiers by level (1 … 3), merged when a level has several features. */
final class TierAreas {

    private TierAreas() {
    }

    /** The largest footprint of each tier (zones.geojson). */
    static SortedMap<Integer, Geometry> ofZones(List<ZoneFootprint> zones) {
        SortedMap<Integer, Geometry> byLevel = new TreeMap<>();
        zones.forEach(zone -> byLevel.merge(zone.level(), zone.lonLat(), Geometry::union));
        return byLevel;
    }

    /** The cloud above each tier at the time {@code tS} (cloud.geojson features at that time). */
    static SortedMap<Integer, Geometry> ofCloudAt(List<CloudOutline> cloud, double tS) {
        SortedMap<Integer, Geometry> byLevel = new TreeMap<>();
        cloud.stream().filter(outline -> outline.tS() == tS)
                .forEach(outline -> byLevel.merge(outline.level(), outline.lonLat(), Geometry::union));
        return byLevel;
    }
}
