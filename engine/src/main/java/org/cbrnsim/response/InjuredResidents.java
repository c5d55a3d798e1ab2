package org.cbrnsim.response;

import org.cbrnsim.geo.LocalPoint;

/**
 * What the responders may know of and do to the population's residents: where an injured one is, its country
 * and home place, and that it died of an injury care did not reach in time. A small view; the population's
 * arrays stay its own.
 */
public interface InjuredResidents {

    /** Where resident {@code resident} is now (local metres). */
    LocalPoint position(int resident);

    /** ISO code of the resident's country. */
    String countryCode(int resident);

    /** The id of the resident's home place. */
    String homePlaceId(int resident);

    /** Resident {@code resident} died at {@code tS} of an injury the exposure caused (unless already dead). */
    void diedOfInjury(double tS, int resident);
}
