package org.cbrnsim.record;

import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.TriageCategory;

/**
 * A hospital took a patient in.
 *
 * @param tS             time (s after T0)
 * @param hospitalId     the hospital (the actor)
 * @param country        country of the hospital
 * @param patientId      the patient (the subject)
 * @param category       the patient's triage category on arrival
 * @param ward           where the patient was taken in
 * @param decontaminated false for a self-referral who arrived without decontamination
 */
public record PatientAdmitted(double tS, String hospitalId, String country, String patientId, TriageCategory category,
                              HospitalWard ward, boolean decontaminated) implements SimEvent {

    public static final String TYPE = "patient_admitted";

    public PatientAdmitted {
        EventChecks.time(tS);
        EventChecks.text("hospitalId", hospitalId);
        EventChecks.text("country", country);
        EventChecks.text("patientId", patientId);
        EventChecks.given("category", category);
        EventChecks.given("ward", ward);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return hospitalId;
    }

    @Override
    public String subject() {
        return patientId;
    }

    /** "delayed, into ward"; "minor, into ed, not decontaminated" for a self-referral. */
    @Override
    public String detail() {
        return category.label() + ", into " + ward.label() + (decontaminated ? "" : ", not decontaminated");
    }
}
