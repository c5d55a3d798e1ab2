package org.cbrnsim.record;

import org.cbrnsim.response.TriageCategory;

/**
 * A patient left the scene with a unit for a hospital.
 *
 * @param tS         time (s after T0)
 * @param unitId     the unit that carries the patient (the actor)
 * @param country    country of the unit
 * @param patientId  the patient (the subject)
 * @param category   the patient's triage category when leaving
 * @param hospitalId where the unit takes the patient
 */
public record PatientTransported(double tS, String unitId, String country, String patientId, TriageCategory category,
                                 String hospitalId) implements SimEvent {

    public static final String TYPE = "patient_transported";

    public PatientTransported {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.text("country", country);
        EventChecks.text("patientId", patientId);
        EventChecks.given("category", category);
        EventChecks.text("hospitalId", hospitalId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return unitId;
    }

    @Override
    public String subject() {
        return patientId;
    }

    /** "immediate, to aqaba-hospital". */
    @Override
    public String detail() {
        return category.label() + ", to " + hospitalId;
    }
}
