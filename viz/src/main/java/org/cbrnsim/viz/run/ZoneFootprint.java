package org.cbrnsim.viz.run;

import org.locationtech.jts.geom.Geometry;

import java.util.Objects;

/**
 * A feature of {@code zones.geojson}: the largest footprint of one threat tier over the run.
 *
 * @param tier       the tier's name, e.g. "AEGL-3"
 * @param level      its number: 3 the most severe, 1 the least
 * @param levelKgM3  the tier's concentration (kg/m³)
 * @param areaKm2    the footprint's area (km²) as written by the run
 * @param lonLat     the footprint, (longitude, latitude) degrees
 */
public record ZoneFootprint(String tier, int level, double levelKgM3, double areaKm2, Geometry lonLat) {

    public ZoneFootprint {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(lonLat, "lonLat");
    }
}
