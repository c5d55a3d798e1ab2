package org.cbrnsim.scenario;

import java.util.List;

/**
 * Where evacuees go and how.
 *
 * @param destinationIds place ids; each evacuee goes to the nearest by road. Empty: the nearest town
 *                       outside the warned area, chosen by the simulation
 * @param walkingShare   share of evacuees on foot (outdoors); the rest go by car (in a vehicle)
 */
public record EvacuationSpec(List<String> destinationIds, double walkingShare) {

    /** @throws IllegalArgumentException for a malformed id or a share outside 0–1 */
    public EvacuationSpec {
        destinationIds = List.copyOf(destinationIds);
        destinationIds.forEach(id -> Ids.requireId("evacuation destination", id));
        Check.fraction("walking share", walkingShare);
    }
}
