package org.cbrnsim.scenario;

import java.util.OptionalDouble;

/**
 * The bed keys of one hospital place as read, before the {@code response:} section has given the default
 * occupancy.
 *
 * @param beds      staffed inpatient beds
 * @param edBeds    emergency-department spaces (given, or {@link ScenarioDefaults#edBeds})
 * @param icuBeds   intensive-care beds (given, or 0)
 * @param occupancy the share occupied at the start, if given
 */
record HospitalBeds(int beds, int edBeds, int icuBeds, OptionalDouble occupancy) {

    /** The hospital's beds at {@code place}, with {@code defaultOccupancy} when the place gives none. */
    HospitalSpec spec(PlaceSpec place, double defaultOccupancy) {
        return new HospitalSpec(place.id(), beds, edBeds, icuBeds, occupancy.orElse(defaultOccupancy), place.source());
    }
}
