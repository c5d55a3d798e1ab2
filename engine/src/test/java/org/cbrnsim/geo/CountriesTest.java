package org.cbrnsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;

/**
 * A UA/MD pair around Mohyliv-Podilskyi and Otaci (places.md §2.1), split along a line that runs between the two
 * towns roughly where the Dniester does: (48.47, 27.50) – (48.44, 27.79) – (48.38, 28.10).
 */
class CountriesTest {

    private static final LocalProjection PROJECTION = new LocalProjection(48.44, 27.79);
    private static final double[] WEST_END = {48.47, 27.50};
    private static final double[] BEND = {48.44, 27.79};
    private static final double[] EAST_END = {48.38, 28.10};
    private static final LocalPoint MOHYLIV = PROJECTION.toLocal(48.4500, 27.7833);
    private static final LocalPoint OTACI = PROJECTION.toLocal(48.4300, 27.7939);

    /** Ukraine north of the border line, Moldova south of it shifted by {@code shiftLatDeg} (+ north). */
    private static Countries uaMd(double shiftLatDeg) {
        Country ua = new Country("UA", "Ukraine", PROJECTION.polygon(List.of(new double[] {48.60, 27.50},
                new double[] {48.60, 28.10}, EAST_END, BEND, WEST_END)));
        Country md = new Country("MD", "Moldova", PROJECTION.polygon(shifted(List.of(WEST_END, BEND, EAST_END,
                new double[] {48.30, 28.10}, new double[] {48.30, 27.50}), shiftLatDeg)));
        return new Countries(List.of(ua, md));
    }

    private static List<double[]> shifted(List<double[]> ring, double shiftLatDeg) {
        List<double[]> moved = new ArrayList<>();
        for (double[] vertex : ring) {
            moved.add(new double[] {vertex[0] + shiftLatDeg, vertex[1]});
        }
        return moved;
    }

    private static LineString borderAsDrawn() {
        return PROJECTION.geometryFactory().createLineString(new Coordinate[] {
            PROJECTION.toLocal(WEST_END[0], WEST_END[1]).toCoordinate(),
            PROJECTION.toLocal(BEND[0], BEND[1]).toCoordinate(),
            PROJECTION.toLocal(EAST_END[0], EAST_END[1]).toCoordinate()});
    }

    @Test
    void townsLieOnTheirSideOfTheBorder() {
        Countries countries = uaMd(0);
        assertEquals("UA", countries.countryAt(MOHYLIV).orElseThrow().code());
        assertEquals("MD", countries.countryAt(OTACI).orElseThrow().code());
        assertTrue(countries.countryAt(PROJECTION.toLocal(48.70, 27.80)).isEmpty(), "north of the modelled region");
        LocalPoint onBorder = PROJECTION.toLocal(BEND[0], BEND[1]);
        assertEquals("UA", countries.countryAt(onBorder).orElseThrow().code(), "shared edge: first country given");
    }

    /**
     * The border is the shared edge: one line, within the tolerance of the line as drawn everywhere (at each end it
     * runs on along UA's outer edge while that edge is within the tolerance of Moldova: 50 m / sin 74° = 52 m at the
     * east end, where the edges meet at 74°), so at least as long as the drawn line.
     */
    @Test
    void findsTheSharedEdgeAsOneLine() {
        Countries countries = uaMd(0);
        MultiLineString border = countries.border("UA", "MD");
        LineString drawn = borderAsDrawn();

        assertEquals(1, border.getNumGeometries());
        assertTrue(DiscreteHausdorffDistance.distance(border, drawn) <= Countries.DEFAULT_TOLERANCE_M + 1,
                "Hausdorff distance " + DiscreteHausdorffDistance.distance(border, drawn));
        assertTrue(border.getLength() >= drawn.getLength() - 1e-6);
        assertTrue(border.equalsExact(countries.border("MD", "UA")));
        assertTrue(countries.overlaps().isEmpty());
    }

    /**
     * 0.0002° of latitude is 22 m: a digitising gap (Moldova shifted south) or sliver (north) under the 50 m
     * tolerance. The border is then UA's edge; where Moldova reaches 22 m past it, its ends run on that much further.
     */
    @Test
    void toleratesSmallGapsAndOverlaps() {
        for (double shiftLatDeg : new double[] {-0.0002, 0.0002}) {
            Countries countries = uaMd(shiftLatDeg);
            MultiLineString border = countries.border("UA", "MD");
            assertEquals(1, border.getNumGeometries(), "shift " + shiftLatDeg);
            double shiftM = Math.abs(shiftLatDeg) * 111_200;
            assertTrue(DiscreteHausdorffDistance.distance(border, borderAsDrawn()) <= Countries.DEFAULT_TOLERANCE_M + shiftM,
                    "shift " + shiftLatDeg);
            assertTrue(countries.overlaps().isEmpty(), "shift " + shiftLatDeg);
            List<BorderCrossing> bridge = countries.crossings(segment(MOHYLIV, OTACI));
            assertEquals(1, bridge.size(), "shift " + shiftLatDeg);
            assertEquals(List.of("UA", "MD"), List.of(bridge.get(0).fromCode(), bridge.get(0).toCode()));
        }
        assertTrue(uaMd(-0.002).border("UA", "MD").isEmpty(), "a 220 m gap is not a border");
    }

    @Test
    void reportsAnOverlapWiderThanTheTolerance() {
        List<CountryOverlap> overlaps = uaMd(0.001).overlaps();  // 111 m
        assertEquals(1, overlaps.size());
        CountryOverlap overlap = overlaps.get(0);
        assertEquals("UA", overlap.codeA());
        assertEquals("MD", overlap.codeB());
        // the strip between the border and itself moved 0.001° north (111.2 m of meridian arc at 48.4° N), between
        // the region's west and east edges: a parallelogram, height × east–west extent
        double stripM2 = 111.2 * borderAsDrawn().getEnvelopeInternal().getWidth();
        assertEquals(stripM2, overlap.areaM2(), 0.01 * stripM2);
    }

    @Test
    void findsWhereAPathCrossesTheBorder() {
        Countries countries = uaMd(0);
        List<BorderCrossing> bridge = countries.crossings(segment(MOHYLIV, OTACI));
        assertEquals(1, bridge.size());
        BorderCrossing crossing = bridge.get(0);
        assertEquals("UA", crossing.fromCode());
        assertEquals("MD", crossing.toCode());
        assertEquals(0, borderAsDrawn().distance(PROJECTION.geometryFactory().createPoint(crossing.at().toCoordinate())),
                1e-6, "the crossing lies on the border");
        assertEquals(MOHYLIV.distanceToM(crossing.at()), crossing.distanceAlongM(), 1e-6);
        assertTrue(countries.crossesBorder(MOHYLIV, OTACI));
        assertTrue(countries.crossesBorder(OTACI, MOHYLIV));
        assertEquals("MD", countries.crossings(segment(OTACI, MOHYLIV)).get(0).fromCode());

        assertFalse(countries.crossesBorder(MOHYLIV, PROJECTION.toLocal(48.46, 27.70)), "both in Ukraine");
        LocalPoint bend = PROJECTION.toLocal(BEND[0], BEND[1]);
        assertTrue(countries.crossings(path(MOHYLIV, bend, MOHYLIV)).isEmpty(), "touches the border and turns back");
        assertTrue(countries.crossings(segment(MOHYLIV, bend)).isEmpty(), "ends on the border");

        LocalPoint deepInUkraine = PROJECTION.toLocal(48.55, 27.90);
        List<BorderCrossing> outAndBack = countries.crossings(path(MOHYLIV, OTACI, deepInUkraine));
        assertEquals(2, outAndBack.size());
        assertEquals(List.of("UA", "MD"), List.of(outAndBack.get(0).fromCode(), outAndBack.get(0).toCode()));
        assertEquals(List.of("MD", "UA"), List.of(outAndBack.get(1).fromCode(), outAndBack.get(1).toCode()));
        assertTrue(outAndBack.get(0).distanceAlongM() < outAndBack.get(1).distanceAlongM());
    }

    /** A road over the Mohyliv-Podilskyi–Otaci bridge (an assumed 3 km at 30 km/h) leaves Ukraine once. */
    @Test
    void aRouteOverTheBridgeCrossesIntoMoldovaOnce() {
        Places places = new Places(List.of(
                Place.at("mohyliv-podilskyi", "Mohyliv-Podilskyi", PlaceKind.TOWN, "UA", 48.4500, 27.7833, PROJECTION),
                Place.at("otaci", "Otaci", PlaceKind.TOWN, "MD", 48.4300, 27.7939, PROJECTION)));
        Route route = new RoadNetwork(places, List.of(new Road("mohyliv-podilskyi", "otaci", 3000, 30 / 3.6)))
                .route("mohyliv-podilskyi", "otaci").orElseThrow();
        List<BorderCrossing> crossings = uaMd(0).crossings(route.polyline());
        assertEquals(1, crossings.size());
        assertEquals("UA", crossings.get(0).fromCode());
        assertEquals("MD", crossings.get(0).toCode());
        assertEquals(360, route.travelTimeS(), 1e-9);
    }

    @Test
    void rejectsBadCountries() {
        Countries countries = uaMd(0);
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> countries.border("UA", "RO"));
        assertTrue(unknown.getMessage().contains("unknown country code RO"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> countries.border("UA", "UA"));
        Country ua = countries.get("UA");
        assertThrows(IllegalArgumentException.class, () -> new Countries(List.of(ua, ua)));
        assertThrows(IllegalArgumentException.class, () -> new Country("Ukraine", "Ukraine", ua.area()));
        assertThrows(IllegalArgumentException.class, () -> new Countries(List.of(ua), 0));
    }

    private static LineString segment(LocalPoint from, LocalPoint to) {
        return path(from, to);
    }

    private static LineString path(LocalPoint... points) {
        Coordinate[] coordinates = new Coordinate[points.length];
        for (int i = 0; i < points.length; i++) {
            coordinates[i] = points[i].toCoordinate();
        }
        return PROJECTION.geometryFactory().createLineString(coordinates);
    }
}
