package org.cbrnsim.record;

/**
 * A full hospital sent a patient on to another one, or found none with room.
 *
 * @param tS           time (s after T0)
 * @param hospitalId   the full hospital (the actor)
 * @param country      country of the hospital
 * @param patientId    the patient (the subject)
 * @param toHospitalId where the patient was sent ("" when no hospital had room)
 */
public record HospitalDiverted(double tS, String hospitalId, String country, String patientId, String toHospitalId)
        implements SimEvent {

    public static final String TYPE = "hospital_diverted";

    public HospitalDiverted {
        EventChecks.time(tS);
        EventChecks.text("hospitalId", hospitalId);
        EventChecks.text("country", country);
        EventChecks.text("patientId", patientId);
        EventChecks.text("toHospitalId", toHospitalId);
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

    /** "full, sent on to h-2"; "full, no hospital had room". */
    @Override
    public String detail() {
        return toHospitalId.isEmpty() ? "full, no hospital had room" : "full, sent on to " + toHospitalId;
    }
}
