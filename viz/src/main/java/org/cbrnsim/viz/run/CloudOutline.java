package org.cbrnsim.viz.run;

import org.locationtech.jts.geom.Geometry;

import java.util.Objects;

/**
 * A feature of {@code cloud.geojson}: where the cloud was above one threat tier at one moment.
 *
 * @param tS     seconds after T0
 * @param tier   the tier's name, e.g. "AEGL-1"
 * @param level  its number: 3 the most severe, 1 the least
 * @param lonLat the outline, (longitude, latitude) degrees
 */
public record CloudOutline(double tS, String tier, int level, Geometry lonLat) {

    public CloudOutline {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(lonLat, "lonLat");
    }
}
