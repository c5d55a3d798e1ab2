package org.cbrnsim.record;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * An area to write as a GeoJSON feature: a polygon or multipolygon in the local metric frame, and its
 * properties (text, numbers, booleans), written sorted by name.
 *
 * @param geometry   a {@link Polygon} or {@link MultiPolygon}, local metres; may be empty
 * @param properties property values by name
 */
public record GeoFeature(Geometry geometry, SortedMap<String, Object> properties) {

    public GeoFeature {
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            throw new IllegalArgumentException("a feature's geometry must be a Polygon or MultiPolygon, got "
                    + (geometry == null ? "none" : geometry.getGeometryType()));
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            Object value = property.getValue();
            if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw new IllegalArgumentException("property '" + property.getKey()
                        + "' must be a text, number or boolean, got " + value);
            }
        }
        properties = Collections.unmodifiableSortedMap(new TreeMap<>(properties));
    }

    /** A feature with the given properties, copied and sorted by name. */
    public static GeoFeature of(Geometry geometry, Map<String, ?> properties) {
        return new GeoFeature(geometry, new TreeMap<>(properties));
    }
}
