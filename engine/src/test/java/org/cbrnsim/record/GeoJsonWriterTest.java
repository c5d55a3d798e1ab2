package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** 1 km east = 0.01° of longitude, 1 km north = 0.02° of latitude, from (27.79 E, 48.44 N). */
    private static final LocalToLonLat TO_LON_LAT = (x, y) -> new Coordinate(27.79 + x / 1e5, 48.44 + y / 5e4);

    private static LinearRing ring(double... xy) {
        Coordinate[] points = new Coordinate[xy.length / 2];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return FACTORY.createLinearRing(points);
    }

    private static String write(List<GeoFeature> features, int decimals) throws IOException {
        StringWriter out = new StringWriter();
        new GeoJsonWriter(TO_LON_LAT, decimals).write(features, out);
        return out.toString();
    }

    @Test
    void aPolygonIsWrittenInLonLatWithFixedDecimalsAndSortedProperties() throws IOException {
        // clockwise in the local frame: written counter-clockwise (RFC 7946 §3.1.6)
        Polygon square = FACTORY.createPolygon(ring(0, 0, 0, 1000, 1000, 1000, 1000, 0, 0, 0));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tier", "AEGL-2");
        properties.put("ppm", 2.8);
        properties.put("capped", false);
        properties.put("level", 2);
        assertEquals("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[27.790,48.440],[27.800,48.440],[27.800,48.460],"
                + "[27.790,48.460],[27.790,48.440]]]},"
                + "\"properties\":{\"capped\":false,\"level\":2,\"ppm\":2.8,\"tier\":\"AEGL-2\"}}]}\n",
                write(List.of(GeoFeature.of(square, properties)), 3));
    }

    @Test
    void holesAreClockwiseAndMultiPolygonsKeepTheirParts() throws IOException {
        LinearRing outer = ring(0, 0, 3000, 0, 3000, 3000, 0, 3000, 0, 0);
        LinearRing hole = ring(1000, 1000, 2000, 1000, 2000, 2000, 1000, 2000, 1000, 1000);
        Polygon withHole = FACTORY.createPolygon(outer, new LinearRing[] {hole});
        Polygon other = FACTORY.createPolygon(ring(5000, 0, 6000, 0, 6000, 1000, 5000, 0));
        JsonNode geometry = new ObjectMapper().readTree(write(List.of(GeoFeature.of(
                FACTORY.createMultiPolygon(new Polygon[] {withHole, other}), Map.of())), 6)).at("/features/0/geometry");
        assertEquals("MultiPolygon", geometry.get("type").asText());
        JsonNode parts = geometry.get("coordinates");
        assertEquals(2, parts.size());
        assertTrue(Orientation.isCCW(coordinates(parts.get(0).get(0))), "exterior counter-clockwise");
        assertTrue(!Orientation.isCCW(coordinates(parts.get(0).get(1))), "hole clockwise");
        assertEquals(27.8, parts.get(0).get(1).get(0).get(0).asDouble(), 1e-12);
    }

    @Test
    void anEmptyZoneHasNoCoordinatesAndOtherGeometriesAreRejected() throws IOException {
        assertTrue(write(List.of(GeoFeature.of(FACTORY.createPolygon(), Map.of())), 6)
                .contains("\"coordinates\":[]"));
        assertThrows(IllegalArgumentException.class,
                () -> GeoFeature.of(FACTORY.createPoint(new Coordinate(0, 0)), Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> GeoFeature.of(FACTORY.createPolygon(), Map.of("bad", List.of(1))));
    }

    private static Coordinate[] coordinates(JsonNode ring) {
        Coordinate[] points = new Coordinate[ring.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Coordinate(ring.get(i).get(0).asDouble(), ring.get(i).get(1).asDouble());
        }
        return points;
    }
}
