package org.cbrnsim.geo;

/**
 * A unit vector in the local frame, x east and y north, built from a bearing in degrees clockwise from north.
 *
 * <p>Wind convention (meteorological, WMO): a wind "from 290°" blows from the west-north-west, so the cloud moves
 * towards 110°: {@code Direction.downwindOfWindFrom(290)} is (sin 110°, cos 110°) = (0.940, −0.342). A bearing given
 * in degrees true equals the grid bearing at the projection origin; elsewhere add the grid convergence, see
 * {@link LocalProjection#gridDirection(double, double, double)}.
 *
 * @param east  east component, with {@code east² + north² = 1}
 * @param north north component
 */
public record Direction(double east, double north) {

    private static final double UNIT_TOLERANCE = 1e-9;

    public Direction {
        if (!(Math.abs(Math.hypot(east, north) - 1) <= UNIT_TOLERANCE)) {
            throw new IllegalArgumentException("direction must be a unit vector, got (" + east + ", " + north + ")");
        }
    }

    /** The direction of travel along {@code bearingDeg}, degrees clockwise from (grid) north. */
    public static Direction towards(double bearingDeg) {
        if (!Double.isFinite(bearingDeg)) {
            throw new IllegalArgumentException("bearing must be a finite number of degrees, got " + bearingDeg);
        }
        double radians = Math.toRadians(bearingDeg);
        return new Direction(Math.sin(radians), Math.cos(radians));
    }

    /** The direction a cloud moves in a wind blowing from {@code windFromDeg} (meteorological convention). */
    public static Direction downwindOfWindFrom(double windFromDeg) {
        return towards(windFromDeg + 180);
    }

    /** This direction as a bearing in [0, 360) degrees clockwise from north. */
    public double bearingDeg() {
        return (Math.toDegrees(Math.atan2(east, north)) + 360) % 360;
    }
}
