package org.cbrnsim.geo;

import org.locationtech.jts.geom.Coordinate;

/**
 * A point in the scenario's local metric frame.
 *
 * @param xM metres east of the origin
 * @param yM metres north of the origin
 */
public record LocalPoint(double xM, double yM) {

    public LocalPoint {
        requireFinite(xM, yM);
    }

    /** Throws {@link IllegalArgumentException} unless both coordinates are finite. */
    static void requireFinite(double xM, double yM) {
        if (!Double.isFinite(xM) || !Double.isFinite(yM)) {
            throw new IllegalArgumentException("local point needs finite x and y in metres, got (" + xM + ", " + yM + ")");
        }
    }

    /** Straight-line (grid) distance to {@code other} (m). */
    public double distanceToM(LocalPoint other) {
        return Math.hypot(other.xM - xM, other.yM - yM);
    }

    /** This point as a JTS coordinate (x east, y north, metres). */
    public Coordinate toCoordinate() {
        return new Coordinate(xM, yM);
    }

    /** The point of a JTS coordinate (x east, y north, metres). */
    public static LocalPoint of(Coordinate coordinate) {
        return new LocalPoint(coordinate.x, coordinate.y);
    }
}
