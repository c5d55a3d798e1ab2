package org.cbrnsim.hazard.zones;

import org.locationtech.jts.geom.Polygon;

/**
 * The area where the ground-level concentration of one release exceeds a level of concern at some time
 * within the cloud's horizon (ALOHA: during the first hour), in the downwind frame of the cloud: x along
 * the wind from the source, y crosswind, metres.
 *
 * @param level              the level of concern
 * @param startM             nearest downwind distance of the zone (m): 0 for a ground source, &gt; 0 for an
 *                           elevated one whose ground concentration rises downwind
 * @param lengthM            farthest downwind distance where the level is reached (m), at most the finder's cap;
 *                           0 when the level is never reached
 * @param maxHalfWidthM      greatest crosswind half-width (m)
 * @param footprint          the zone's outline, symmetric about the x axis; empty when the level is never reached
 * @param reachesLengthCap   true when the level is still exceeded at the cap (ALOHA does not draw zones beyond
 *                           10 km), so the true zone is longer than {@code lengthM}
 */
public record ThreatZone(LevelOfConcern level, double startM, double lengthM, double maxHalfWidthM,
                         Polygon footprint, boolean reachesLengthCap) {

    /** ALOHA reports zones shorter than this as "less than 10 meters" (m). */
    public static final double SMALLEST_REPORTED_LENGTH_M = 10;

    /** True when ALOHA would report the zone as "less than 10 meters" (including a level never reached). */
    public boolean shorterThanReported() {
        return lengthM < SMALLEST_REPORTED_LENGTH_M;
    }
}
