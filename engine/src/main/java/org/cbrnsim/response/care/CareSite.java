package org.cbrnsim.response.care;

import java.util.Objects;

/**
 * Where a patient is: a casualty collection point, a triage point, a decontamination line, an ambulance, a
 * hospital. The patient's {@link Deterioration} tells its current site when its condition worsens or when it
 * dies, so the site can re-book or free what the patient held (a station, a bed) without any scan.
 */
public interface CareSite {

    /** The place (or unit) id that events name for a patient here, e.g. in {@code patientDied}. */
    String placeId();

    /** True for a hospital: a death here is a death in hospital. */
    default boolean isHospital() {
        return false;
    }

    /** {@code patient}'s condition has just worsened (it is now {@link Patient#condition()}). */
    default void patientWorsened(Patient patient, double tS) {
    }

    /** {@code patient} has just died here; the site lets go of it. */
    default void patientDied(Patient patient, double tS) {
    }

    /** A place with no bookkeeping (the scene, an ambulance, the road to a hospital) named {@code placeId}. */
    static CareSite at(String placeId) {
        Objects.requireNonNull(placeId, "placeId");
        return new PlainSite(placeId);
    }

    /** A site that only has a name. */
    record PlainSite(String placeId) implements CareSite {
    }
}
