package org.cbrnsim.scenario;

/**
 * An undirected road between two places.
 *
 * @param fromId   one end (a place id)
 * @param toId     the other end (another place id)
 * @param lengthM  length along the road (m, &gt; 0)
 * @param speedMps travel speed (m/s, &gt; 0)
 */
public record RoadSpec(String fromId, String toId, double lengthM, double speedMps) {

    /** @throws IllegalArgumentException for a road from a place to itself or a length or speed not above 0 */
    public RoadSpec {
        Ids.requireId("road end", fromId);
        Ids.requireId("road end", toId);
        if (fromId.equals(toId)) {
            throw new IllegalArgumentException("a road must join two different places, got " + fromId + " twice");
        }
        Check.positive("road length", lengthM, "m");
        Check.positive("road speed", speedMps, "m/s");
    }

    /** Travel time along the road (s). */
    public double travelTimeS() {
        return lengthM / speedMps;
    }
}
