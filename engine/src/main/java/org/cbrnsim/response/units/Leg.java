package org.cbrnsim.response.units;

/**
 * One drive from a place to a place, as {@link RoadTravel} plans it.
 *
 * @param fromId   where it starts
 * @param toId     where it ends
 * @param roadM    length driven on the scenario's roads (m)
 * @param offRoadM length driven off them, to or from a place without roads (m; straight line × detour factor)
 * @param timeS    driving time (s)
 */
public record Leg(String fromId, String toId, double roadM, double offRoadM, double timeS) {

    /** Total length (m). */
    public double lengthM() {
        return roadM + offRoadM;
    }

    /** True when part of the drive is off the scenario's roads. */
    public boolean offRoad() {
        return offRoadM > 0;
    }
}
