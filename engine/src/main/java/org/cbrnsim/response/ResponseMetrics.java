package org.cbrnsim.response;

import java.util.List;
import org.cbrnsim.response.care.Hospital;
import org.cbrnsim.response.care.Patient;
import org.cbrnsim.response.units.Dispatcher;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.Phase;

/**
 * The response layer's time-series columns: units busy and available (by {@link Fleet}), people queueing for
 * decontamination ({@code decon_queue}, and {@code decon_queue_<unit-id>} per line), patients by current triage
 * category ({@code patients_<category>}: the category of the last triage, else the true condition; deceased counts
 * every patient who died), and per hospital the beds occupied and the capacity of each surge tier
 * ({@code hospital_occupied_<id>}, {@code hospital_conventional_<id>}, {@code hospital_contingency_<id>},
 * {@code hospital_crisis_<id>}).
 */
final class ResponseMetrics {

    private ResponseMetrics() {
    }

    static void register(ExerciseSimulation sim, Fleet fleet, List<IncidentResponse> incidents,
                         List<Hospital> hospitals, PatientIntake intake) {
        fleet.registerMetrics(sim);
        sim.addMetric("decon_queue", () -> incidents.stream().mapToInt(IncidentResponse::deconQueue).sum());
        for (ResponseUnit unit : fleet.all()) {
            if (Dispatcher.firstTaskOnScene(unit) == UnitTask.DECONTAMINATION) {
                sim.addMetric("decon_queue_" + unit.id(),
                        () -> incidents.stream().mapToInt(i -> i.deconQueue(unit.id())).sum());
            }
        }
        int[] byCategory = new int[TriageCategory.values().length];
        sim.onPhase(Phase.RECORD, ctx -> tally(intake.patients(), byCategory));
        for (TriageCategory category : TriageCategory.values()) {
            sim.addMetric("patients_" + category.label(), () -> byCategory[category.ordinal()]);
        }
        for (Hospital h : hospitals) {
            sim.addMetric("hospital_occupied_" + h.id(), h::occupiedBeds);
            sim.addMetric("hospital_conventional_" + h.id(), h::conventionalBeds);
            sim.addMetric("hospital_contingency_" + h.id(), h::contingencyBeds);
            sim.addMetric("hospital_crisis_" + h.id(), () -> h.crisisBeds(sim.nowS()));
        }
    }

    private static void tally(List<Patient> patients, int[] byCategory) {
        java.util.Arrays.fill(byCategory, 0);
        for (Patient p : patients) {
            TriageCategory category = p.isDead() ? TriageCategory.DECEASED : p.triageCategory().orElse(p.condition());
            byCategory[category.ordinal()]++;
        }
    }
}
