package org.cbrnsim.geo;

/**
 * An undirected road between two places, driven at a constant speed.
 *
 * @param fromId     one end (a place id)
 * @param toId       the other end (a different place id)
 * @param lengthM    length along the road (m), &gt; 0; the road is drawn as the straight line between the places,
 *                   but a mover covers this length
 * @param speedMPerS travel speed (m/s), &gt; 0
 */
public record Road(String fromId, String toId, double lengthM, double speedMPerS) {

    public Road {
        if (fromId == null || toId == null || fromId.equals(toId)) {
            throw new IllegalArgumentException("a road needs two different place ids, got " + fromId + " and " + toId);
        }
        if (!(lengthM > 0) || Double.isInfinite(lengthM)) {
            throw new IllegalArgumentException("road " + fromId + "–" + toId + " length must be a finite value > 0 m, got "
                    + lengthM);
        }
        if (!(speedMPerS > 0) || Double.isInfinite(speedMPerS)) {
            throw new IllegalArgumentException("road " + fromId + "–" + toId
                    + " speed must be a finite value > 0 m/s, got " + speedMPerS);
        }
    }

    /** Time to drive the road end to end (s). */
    public double travelTimeS() {
        return lengthM / speedMPerS;
    }
}
