package org.cbrnsim.viz.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a GeoJSON FeatureCollection of areas (RFC 7946 Polygon and MultiPolygon geometries, [longitude, latitude]
 * positions) as the run writes {@code zones.geojson} and {@code cloud.geojson}. Parsed with Jackson's tree: JTS's
 * own GeoJSON reader lives in the jts-io artifact, which the project does not use.
 */
final class GeoJsonFeatures {

    /** A feature: its area in (lon, lat) degrees and its properties object. */
    record Feature(Geometry lonLat, JsonNode properties) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Path file;

    private GeoJsonFeatures(Path file) {
        this.file = file;
    }

    /** @throws IllegalArgumentException naming the file and the feature when it is not such a collection */
    static List<Feature> read(Path file) {
        return new GeoJsonFeatures(file).features(RunFiles.jsonTree(file, JSON));
    }

    private List<Feature> features(JsonNode root) {
        if (!"FeatureCollection".equals(root.path("type").asText()) || !root.path("features").isArray()) {
            throw RunFiles.malformed(file, "expected a GeoJSON FeatureCollection with a \"features\" array");
        }
        List<Feature> features = new ArrayList<>();
        JsonNode list = root.get("features");
        for (int i = 0; i < list.size(); i++) {
            String where = "features[" + i + "]";
            JsonNode feature = list.get(i);
            JsonNode properties = feature.path("properties");
            if (!properties.isObject()) {
                throw RunFiles.malformed(file, where + ": \"properties\" must be an object");
            }
            features.add(new Feature(geometry(feature.path("geometry"), where), properties));
        }
        return features;
    }

    private Geometry geometry(JsonNode geometry, String where) {
        JsonNode coordinates = geometry.path("coordinates");
        if (!coordinates.isArray()) {
            throw RunFiles.malformed(file, where + ": the geometry needs a \"coordinates\" array");
        }
        String type = geometry.path("type").asText();
        switch (type) {
            case "Polygon":
                return polygon(coordinates, where);
            case "MultiPolygon":
                Polygon[] parts = new Polygon[coordinates.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(coordinates.get(i), where + " polygon " + (i + 1));
                }
                return GEOMETRY.createMultiPolygon(parts);
            default:
                throw RunFiles.malformed(file, where + ": expected a Polygon or MultiPolygon geometry, got \"" + type + "\"");
        }
    }

    private Polygon polygon(JsonNode rings, String where) {
        if (rings.isEmpty()) {
            return GEOMETRY.createPolygon();
        }
        LinearRing shell = ring(rings.get(0), where);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), where);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions, String where) {
        if (!positions.isArray() || positions.size() < 4) {
            throw RunFiles.malformed(file, where + ": a ring needs at least 4 positions [lon, lat], the last equal to the first");
        }
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw RunFiles.malformed(file, where + ": positions must be [lon, lat] numbers, got " + position);
            }
            ring[i] = new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
        }
        if (!ring[0].equals2D(ring[ring.length - 1])) {
            throw RunFiles.malformed(file, where + ": a ring must end at its first position");
        }
        return GEOMETRY.createLinearRing(ring);
    }
}
