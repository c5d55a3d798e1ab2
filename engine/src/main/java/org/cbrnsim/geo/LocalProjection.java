package org.cbrnsim.geo;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * WGS84 (lat, lon) ↔ local metres (x east, y north) about a scenario origin, with proj4j's ellipsoidal azimuthal
 * equidistant projection {@code +proj=aeqd +lat_0 +lon_0 +datum=WGS84 +units=m} (Snyder 1987, "Map Projections — A
 * Working Manual", USGS Professional Paper 1395, pp. 191–202; the ellipsoidal oblique case is computed, as in PROJ,
 * with Karney's geodesic algorithms, Karney 2013, J. Geodesy 87:43–55). Its defining property: the distance from the
 * origin to a point and the azimuth at the origin are the geodesic (ellipsoidal) distance and azimuth, exactly.
 * Elsewhere the scale transverse to the radius is too large by about (ρ/R)²/6 at a distance ρ from the origin:
 * 1·10⁻⁵ (1 cm per km) at 50 km.
 *
 * <p>Grid convergence: away from the origin, grid north (the +y axis) is not true north. The angle,
 * {@link #gridConvergenceDeg}, is about Δλ·sin φ: at 48.4° N (the Dniester scenarios), 0.51° at 50 km east or west
 * of the origin and 0 due north or south; at 29.5° N (Aqaba), 0.25° at 50 km. This is small beside the uncertainty of
 * an observed wind direction (±10° or more) but is applied by {@link #gridDirection} when asked.
 *
 * <p>Thread-safe: the proj4j transforms reuse internal buffers, so conversions are synchronised.
 */
public final class LocalProjection {

    /** Latitude step used to find the local direction of true north (degrees, about 1.1 m). */
    private static final double NORTH_PROBE_DEG = 1e-5;

    private final LatLon origin;
    private final CoordinateTransform toLocal;
    private final CoordinateTransform toWgs84;
    private final GeometryFactory geometryFactory = new GeometryFactory();

    /** A projection centred on ({@code originLatDeg}, {@code originLonDeg}), WGS84 degrees. */
    public LocalProjection(double originLatDeg, double originLonDeg) {
        this.origin = new LatLon(originLatDeg, originLonDeg);
        CRSFactory crs = new CRSFactory();
        CoordinateReferenceSystem wgs84 = crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
        CoordinateReferenceSystem local = crs.createFromParameters("local-aeqd", String.format(Locale.ROOT,
                "+proj=aeqd +lat_0=%.10f +lon_0=%.10f +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs",
                originLatDeg, originLonDeg));
        CoordinateTransformFactory transforms = new CoordinateTransformFactory();
        this.toLocal = transforms.createTransform(wgs84, local);
        this.toWgs84 = transforms.createTransform(local, wgs84);
    }

    /** The origin (local (0, 0)). */
    public LatLon origin() {
        return origin;
    }

    /** The local point of a WGS84 position given in decimal degrees. */
    public synchronized LocalPoint toLocal(double latDeg, double lonDeg) {
        LatLon position = new LatLon(latDeg, lonDeg);
        ProjCoordinate local = toLocal.transform(new ProjCoordinate(position.lonDeg(), position.latDeg()),
                new ProjCoordinate());
        return new LocalPoint(local.x, local.y);
    }

    /** The WGS84 position of a local point ({@code xM} east, {@code yM} north of the origin, metres). */
    public synchronized LatLon toWgs84(double xM, double yM) {
        LocalPoint local = new LocalPoint(xM, yM);
        ProjCoordinate geographic = toWgs84.transform(new ProjCoordinate(local.xM(), local.yM()), new ProjCoordinate());
        return new LatLon(geographic.y, geographic.x);
    }

    /**
     * The polygon, in local metres, of a ring of WGS84 vertices {@code [lat, lon]} (closed automatically when the last
     * vertex differs from the first). Vertices are projected; edges are straight lines in the local frame.
     *
     * @throws IllegalArgumentException when a vertex is not a {@code [lat, lon]} pair, there are fewer than three
     *                                  distinct vertices, or the ring crosses itself
     */
    public Polygon polygon(List<double[]> latLonRing) {
        int n = latLonRing.size();
        boolean closed = n > 1 && Arrays.equals(latLonRing.get(0), latLonRing.get(n - 1));
        int vertices = closed ? n - 1 : n;
        if (vertices < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices [lat, lon], got " + vertices);
        }
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double[] latLon = latLonRing.get(i);
            if (latLon == null || latLon.length != 2) {
                throw new IllegalArgumentException("polygon vertex " + (i + 1) + " must be a pair [lat, lon], got "
                        + Arrays.toString(latLon));
            }
            ring[i] = toLocal(latLon[0], latLon[1]).toCoordinate();
        }
        ring[vertices] = ring[0].copy();
        Polygon polygon = geometryFactory.createPolygon(ring);
        if (!polygon.isValid() || !(polygon.getArea() > 0)) {
            throw new IllegalArgumentException("polygon must be a simple ring with a non-zero area (its edges must not"
                    + " cross or repeat), got " + latLonRing.size() + " vertices");
        }
        return polygon;
    }

    /** The geometry factory of the local frame (floating precision), for the JTS geometry of callers. */
    public GeometryFactory geometryFactory() {
        return geometryFactory;
    }

    /**
     * Grid convergence at a local point: the grid bearing of true north there, degrees clockwise from the +y axis
     * (negative east of the origin in the northern hemisphere, where meridians lean towards the pole). Found by
     * projecting a point 10⁻⁵° of latitude (about 1.1 m) north of the given one. Zero at the origin.
     */
    public double gridConvergenceDeg(double xM, double yM) {
        LatLon here = toWgs84(xM, yM);
        double step = here.latDeg() + NORTH_PROBE_DEG <= 90 ? NORTH_PROBE_DEG : -NORTH_PROBE_DEG;
        LocalPoint probe = toLocal(here.latDeg() + step, here.lonDeg());
        double sign = Math.signum(step);
        return Math.toDegrees(Math.atan2(sign * (probe.xM() - xM), sign * (probe.yM() - yM)));
    }

    /**
     * The local unit vector of a true bearing taken at a local point: {@code Direction.towards(bearing + γ)} with γ the
     * {@link #gridConvergenceDeg grid convergence} there. For the cloud of a wind "from θ" observed at the point, pass
     * θ + 180.
     */
    public Direction gridDirection(double bearingDegTrue, double xM, double yM) {
        return Direction.towards(bearingDegTrue + gridConvergenceDeg(xM, yM));
    }
}
