package org.cbrnsim.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.population.InjuryListener;
import org.cbrnsim.response.care.CareSite;
import org.cbrnsim.response.care.Patient;

/**
 * Turns the residents the population model hurts into patients of the nearest incident: a resident first hurt
 * (sought care, admitted or intensive care) becomes a patient there and then; a patient whom the exposure hurts
 * further worsens or dies; a resident killed outright by the exposure never becomes one (a death before care). The
 * first hurt resident is also when "the cloud reached people" for a first call that waits for it. The worried well
 * are not routed: they come to hospital as minor cases, which take no ED space and no bed there.
 */
final class PatientIntake implements InjuryListener {

    private final InjuredResidents residents;
    private final List<IncidentResponse> incidents;
    private final Runnable firstHurt;
    private final Map<Integer, Patient> byResident = new HashMap<>();
    private final Map<Patient, IncidentResponse> incidentOf = new HashMap<>();
    private final List<Patient> patients = new ArrayList<>();

    PatientIntake(InjuredResidents residents, List<IncidentResponse> incidents, Runnable firstHurt) {
        this.residents = Objects.requireNonNull(residents, "residents");
        this.incidents = List.copyOf(incidents);
        this.firstHurt = Objects.requireNonNull(firstHurt, "firstHurt");
    }

    @Override
    public void injured(double tS, int resident, HealthState before, HealthState now, int worriedWell) {
        Patient known = byResident.get(resident);
        if (known != null) {
            incidentOf.get(known).exposureWorsened(known, now, tS);
            return;
        }
        if (now == HealthState.DEAD) {
            return;
        }
        if (patients.isEmpty()) {
            firstHurt.run();
        }
        LocalPoint position = residents.position(resident);
        IncidentResponse incident = nearest(position);
        String home = residents.homePlaceId(resident);
        Patient patient = new Patient(resident, residents.countryCode(resident), position, now, tS,
                incident.inScene(position), CareSite.at(home));
        byResident.put(resident, patient);
        incidentOf.put(patient, incident);
        patients.add(patient);
        incident.newPatient(patient, home, tS);
    }

    /** Every patient so far, in the order they were hurt. */
    List<Patient> patients() {
        return patients;
    }

    private IncidentResponse nearest(LocalPoint position) {
        return incidents.stream()
                .min(Comparator.comparingDouble(i -> i.site().sourceM().distanceToM(position))).orElseThrow();
    }
}
