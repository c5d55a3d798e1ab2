package org.cbrnsim.record;

/**
 * A patient died: before reaching care (type {@value #BEFORE_CARE}) or in hospital (type {@value #IN_HOSPITAL}).
 *
 * @param tS         time (s after T0)
 * @param placeId    where: the hospital (then also the actor), or the place on the way to care ("" when none)
 * @param country    country of the place
 * @param patientId  the patient (the subject)
 * @param inHospital true when the patient died in hospital
 */
public record PatientDied(double tS, String placeId, String country, String patientId, boolean inHospital)
        implements SimEvent {

    /** The type of a death before reaching care. */
    public static final String BEFORE_CARE = "died_before_care";
    /** The type of a death in hospital. */
    public static final String IN_HOSPITAL = "died_in_hospital";

    public PatientDied {
        EventChecks.time(tS);
        EventChecks.text("placeId", placeId);
        EventChecks.text("country", country);
        EventChecks.text("patientId", patientId);
    }

    @Override
    public String type() {
        return inHospital ? IN_HOSPITAL : BEFORE_CARE;
    }

    /** The hospital for a death in hospital; "" before care, when nobody was caring for the patient. */
    @Override
    public String actor() {
        return inHospital ? placeId : "";
    }

    @Override
    public String subject() {
        return patientId;
    }

    /** "died in hospital"; "died before reaching care at cp-1" (without " at …" when no place). */
    @Override
    public String detail() {
        if (inHospital) {
            return "died in hospital";
        }
        return "died before reaching care" + (placeId.isEmpty() ? "" : " at " + placeId);
    }
}
