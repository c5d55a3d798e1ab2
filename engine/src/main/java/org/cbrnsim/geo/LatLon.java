package org.cbrnsim.geo;

/**
 * A WGS84 geographic position in decimal degrees.
 *
 * @param latDeg latitude, degrees north, in [-90, 90]
 * @param lonDeg longitude, degrees east, in [-180, 180]
 */
public record LatLon(double latDeg, double lonDeg) {

    public LatLon {
        requireValid(latDeg, lonDeg);
    }

    /** Throws {@link IllegalArgumentException} unless the latitude and longitude are in range. */
    static void requireValid(double latDeg, double lonDeg) {
        if (!(latDeg >= -90 && latDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be in [-90, 90] degrees, got " + latDeg);
        }
        if (!(lonDeg >= -180 && lonDeg <= 180)) {
            throw new IllegalArgumentException("longitude must be in [-180, 180] degrees, got " + lonDeg);
        }
    }
}
