package org.cbrnsim.record;

import org.cbrnsim.response.TriageCategory;

/**
 * A patient was triaged, or re-triaged, into a category.
 *
 * @param tS        time (s after T0)
 * @param actorId   who triaged (a unit or a hospital; the actor)
 * @param country   country of the actor
 * @param patientId the patient, "p&lt;resident index&gt;" (the subject)
 * @param category  the category given
 * @param placeId   where ("" when not at a place of the scenario)
 */
public record PatientTriaged(double tS, String actorId, String country, String patientId, TriageCategory category,
                             String placeId) implements SimEvent {

    public static final String TYPE = "patient_triaged";

    public PatientTriaged {
        EventChecks.time(tS);
        EventChecks.text("actorId", actorId);
        EventChecks.text("country", country);
        EventChecks.text("patientId", patientId);
        EventChecks.given("category", category);
        EventChecks.text("placeId", placeId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return actorId;
    }

    @Override
    public String subject() {
        return patientId;
    }

    /** "immediate at staging-1"; "immediate" without a place. */
    @Override
    public String detail() {
        return placeId.isEmpty() ? category.label() : category.label() + " at " + placeId;
    }
}
