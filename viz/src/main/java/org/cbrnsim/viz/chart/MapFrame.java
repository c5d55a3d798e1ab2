package org.cbrnsim.viz.chart;

import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.LocalProjection;
import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.viz.run.RunRecord;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The plane of the debrief maps: kilometres east (x) and north (y) of the scenario region's origin, through the
 * engine's azimuthal equidistant {@link LocalProjection}, so that distances read off the axes are true distances
 * from the origin and both axes share one scale.
 */
final class MapFrame {

    private static final double M_PER_KM = 1000;

    private final LocalProjection projection;

    MapFrame(RunRecord run) {
        this.projection = run.projection();
    }

    /** The map point (km) of a WGS84 position. */
    Point2D km(double latDeg, double lonDeg) {
        LocalPoint local = projection.toLocal(latDeg, lonDeg);
        return new Point2D.Double(local.xM() / M_PER_KM, local.yM() / M_PER_KM);
    }

    /** The outline (km) of a country's area, whose points are {lat, lon}. */
    Shape area(CountrySpec country) {
        List<double[]> points = country.area();
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point2D p = km(points.get(i)[0], points.get(i)[1]);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
        return path;
    }

    /** The shape (km) of polygons in (lon, lat) degrees, holes included (even-odd rule). */
    Shape shape(Geometry lonLat) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            Geometry part = lonLat.getGeometryN(i);
            if (part instanceof Polygon polygon && !polygon.isEmpty()) {
                ring(path, polygon.getExteriorRing());
                for (int hole = 0; hole < polygon.getNumInteriorRing(); hole++) {
                    ring(path, polygon.getInteriorRingN(hole));
                }
            }
        }
        return path;
    }

    /** The bounds (km) of the region: all countries' areas. */
    Rectangle2D region(RunRecord run) {
        Rectangle2D bounds = null;
        for (CountrySpec country : run.scenario().region().countries()) {
            Rectangle2D b = area(country).getBounds2D();
            bounds = bounds == null ? b : bounds.createUnion(b);
        }
        return bounds;
    }

    private void ring(Path2D.Double path, LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        for (int i = 0; i < coordinates.length; i++) {
            Point2D p = km(coordinates[i].y, coordinates[i].x);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
    }
}
