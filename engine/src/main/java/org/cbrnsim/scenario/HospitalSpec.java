package org.cbrnsim.scenario;

import java.util.Objects;

/**
 * The beds of a hospital place (a place of kind hospital that gives {@code beds}).
 *
 * @param placeId     the hospital place
 * @param beds        staffed inpatient beds (≥ 1)
 * @param edBeds      emergency-department treatment spaces (≥ 1)
 * @param icuBeds     intensive-care beds (≥ 0)
 * @param occupancy   share of the beds occupied by other patients when the incident starts (0–1)
 * @param source      where its numbers come from ("" when not given)
 */
public record HospitalSpec(String placeId, int beds, int edBeds, int icuBeds, double occupancy, String source) {

    /** @throws IllegalArgumentException for a malformed id, no beds, no ED space, negative ICU beds or more ICU beds than beds */
    public HospitalSpec {
        Ids.requireId("hospital", placeId);
        Objects.requireNonNull(source, "source");
        if (beds < 1) {
            throw new IllegalArgumentException("hospital " + placeId + " needs at least 1 bed, got " + beds);
        }
        if (edBeds < 1) {
            throw new IllegalArgumentException("hospital " + placeId + " needs at least 1 ED bed, got " + edBeds);
        }
        if (icuBeds < 0 || icuBeds > beds) {
            throw new IllegalArgumentException("ICU beds of hospital " + placeId + " must be 0 to " + beds + ", got "
                    + icuBeds);
        }
        Check.fraction("occupancy of hospital " + placeId, occupancy);
    }
}
