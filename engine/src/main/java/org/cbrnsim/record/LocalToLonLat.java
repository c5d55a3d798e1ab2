package org.cbrnsim.record;

import org.locationtech.jts.geom.Coordinate;

/** Maps a point in the local metric frame (x east, y north, metres from the region's origin) to WGS84. */
@FunctionalInterface
public interface LocalToLonLat {

    /** The point as a coordinate with x = longitude and y = latitude (degrees). */
    Coordinate toLonLat(double xM, double yM);
}
