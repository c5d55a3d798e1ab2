package org.cbrnsim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The countries' areas as JTS polygons in plain (lon, lat) degrees, to tell which country a point lies in
 * and whether two areas overlap. Degrees as planar coordinates are exact enough for these yes/no
 * questions on a region of some tens of kilometres; a point on a shared edge belongs to the first country
 * listed.
 */
final class CountryAreas {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<String> codes = new ArrayList<>();
    private final List<Polygon> polygons = new ArrayList<>();

    /** The area's polygon, closed here; its points are {lat, lon}. */
    static Polygon polygon(List<double[]> area) {
        Coordinate[] ring = new Coordinate[area.size() + 1];
        for (int i = 0; i < area.size(); i++) {
            ring[i] = new Coordinate(area.get(i)[1], area.get(i)[0]);
        }
        ring[area.size()] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    /** Why the area is not a simple polygon (e.g. "Self-intersection at (48.5, 27.6)"), if it is not. */
    static Optional<String> invalidity(Polygon polygon) {
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        return Optional.of(error.getMessage() + (at == null ? "" : " at " + Coordinates.text(at.y, at.x)));
    }

    /** The code of an earlier country whose area overlaps this one (more than sharing an edge), if any. */
    Optional<String> overlapping(Polygon polygon) {
        for (int i = 0; i < polygons.size(); i++) {
            if (polygons.get(i).relate(polygon, "T********")) {
                return Optional.of(codes.get(i));
            }
        }
        return Optional.empty();
    }

    void add(String code, Polygon polygon) {
        codes.add(code);
        polygons.add(polygon);
    }

    /** The code of the country whose area contains the point (its edge included), if any. */
    Optional<String> countryAt(double latDeg, double lonDeg) {
        var point = GEOMETRY.createPoint(new Coordinate(lonDeg, latDeg));
        for (int i = 0; i < polygons.size(); i++) {
            if (polygons.get(i).covers(point)) {
                return Optional.of(codes.get(i));
            }
        }
        return Optional.empty();
    }
}
