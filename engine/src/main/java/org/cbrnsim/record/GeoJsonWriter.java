package org.cbrnsim.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes areas as a GeoJSON FeatureCollection (RFC 7946, e.g. {@code zones.geojson}): coordinates
 * [longitude, latitude] in WGS84 rounded half-even to a fixed number of decimals, rings closed, exterior
 * rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6), compact, with a final newline.
 */
public final class GeoJsonWriter {

    /** Default decimals of a degree: 1e-6° is about 0.1 m. */
    public static final int DEFAULT_DECIMALS = 6;

    private static final int MAX_DECIMALS = 15;

    private final LocalToLonLat toLonLat;
    private final int decimals;

    /**
     * @param toLonLat local metres → longitude/latitude
     * @param decimals decimals of a degree written, 0 … 15
     */
    public GeoJsonWriter(LocalToLonLat toLonLat, int decimals) {
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("coordinate decimals must be in 0.." + MAX_DECIMALS + ", got " + decimals);
        }
        this.toLonLat = toLonLat;
        this.decimals = decimals;
    }

    /** Writes {@code features}, in order, to {@code out} (flushed, not closed). */
    public void write(List<GeoFeature> features, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.compact(out)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            for (GeoFeature feature : features) {
                writeFeature(json, feature);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private void writeFeature(JsonGenerator json, GeoFeature feature) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeObjectFieldStart("geometry");
        Geometry geometry = feature.geometry();
        boolean single = geometry instanceof Polygon;
        json.writeStringField("type", single ? "Polygon" : "MultiPolygon");
        json.writeArrayFieldStart("coordinates");
        if (single) {
            writeRings(json, (Polygon) geometry);
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                json.writeStartArray();
                writeRings(json, (Polygon) geometry.getGeometryN(i));
                json.writeEndArray();
            }
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, Object> property : feature.properties().entrySet()) {
            json.writeFieldName(property.getKey());
            writeValue(json, property.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private void writeRings(JsonGenerator json, Polygon polygon) throws IOException {
        if (polygon.isEmpty()) {
            return;
        }
        writeRing(json, polygon.getExteriorRing(), true);
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writeRing(json, polygon.getInteriorRingN(i), false);
        }
    }

    private void writeRing(JsonGenerator json, LineString ring, boolean counterClockwise) throws IOException {
        Coordinate[] local = ring.getCoordinates();
        Coordinate[] lonLat = new Coordinate[local.length];
        for (int i = 0; i < local.length; i++) {
            lonLat[i] = toLonLat.toLonLat(local[i].x, local[i].y);
        }
        boolean reverse = Orientation.isCCW(lonLat) != counterClockwise;
        json.writeStartArray();
        for (int i = 0; i < lonLat.length; i++) {
            Coordinate point = lonLat[reverse ? lonLat.length - 1 - i : i];
            json.writeStartArray();
            json.writeNumber(degrees(point.x));
            json.writeNumber(degrees(point.y));
            json.writeEndArray();
        }
        json.writeEndArray();
    }

    private String degrees(double value) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else {
            JsonOutput.number(json, ((Number) value).doubleValue());
        }
    }
}
