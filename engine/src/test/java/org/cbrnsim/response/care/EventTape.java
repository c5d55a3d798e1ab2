package org.cbrnsim.response.care;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;

/** Records the care events as lines "t kind fields…" for the tests to compare. */
final class EventTape implements ResponseEvents {

    final List<String> lines = new ArrayList<>();

    @Override
    public void deconOpened(double tS, String unitId, String country, String placeId) {
        lines.add(tS + " decon-opened " + unitId + " " + country + " " + placeId);
    }

    @Override
    public void patientTriaged(double tS, String actorId, String country, String patientId, TriageCategory category,
                               String placeId) {
        lines.add(tS + " triaged " + patientId + " " + category.label() + " by " + actorId + " at " + placeId);
    }

    @Override
    public void patientAdmitted(double tS, String hospitalId, String country, String patientId,
                                TriageCategory category, HospitalWard ward, boolean decontaminated) {
        lines.add(tS + " admitted " + patientId + " " + category.label() + " to " + hospitalId + " " + ward.label()
                + (decontaminated ? "" : " undecontaminated"));
    }

    @Override
    public void patientDied(double tS, String placeId, String country, String patientId, boolean inHospital) {
        lines.add(tS + " died " + patientId + " at " + placeId + (inHospital ? " in hospital" : ""));
    }

    @Override
    public void hospitalTier(double tS, String hospitalId, String country, SurgeTier tier, int occupiedBeds) {
        lines.add(tS + " tier " + hospitalId + " " + tier.label() + " " + occupiedBeds);
    }

    @Override
    public void hospitalDiverted(double tS, String hospitalId, String country, String patientId,
                                 String toHospitalId) {
        lines.add(tS + " diverted " + patientId + " from " + hospitalId + " to '" + toHospitalId + "'");
    }

    /** The lines of one kind, e.g. "died". */
    List<String> of(String kind) {
        return lines.stream().filter(l -> l.split(" ")[1].equals(kind)).toList();
    }
}
