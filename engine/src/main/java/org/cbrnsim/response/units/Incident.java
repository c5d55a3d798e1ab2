package org.cbrnsim.response.units;

import java.util.Objects;

/**
 * The incident one {@link Dispatcher} serves: a release and the place units are sent to.
 *
 * @param hazardId     the scenario's hazard (release) id
 * @param scenePlaceId the place the units drive to: the hazard's place, or for a hazard given by latitude and
 *                     longitude the place the integrator chooses (e.g. the nearest one)
 * @param countryCode  the country whose dispatch centre takes the call and whose agencies respond
 */
public record Incident(String hazardId, String scenePlaceId, String countryCode) {

    public Incident {
        Objects.requireNonNull(hazardId, "hazardId");
        Objects.requireNonNull(scenePlaceId, "scenePlaceId");
        Objects.requireNonNull(countryCode, "countryCode");
    }
}
