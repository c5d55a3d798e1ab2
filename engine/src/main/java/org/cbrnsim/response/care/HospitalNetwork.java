package org.cbrnsim.response.care;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.TriageCategory;

/**
 * The hospitals patients are taken to, and the choice among them: the nearest (by the travel time given) that
 * has room for the patient's condition. A patient who needs intensive care goes to the nearest hospital with an
 * ICU bed, else to the nearest with any bed; a minor patient to the nearest, which always takes it. A hospital
 * that refuses a patient at its door diverts it ({@code hospitalDiverted}) to the next choice from there.
 */
public final class HospitalNetwork {

    /**
     * What became of a patient brought to a hospital's door.
     *
     * @param admitted true when {@code hospital} took it in
     * @param hospital where it was admitted, or where it was diverted to (null when nowhere had room)
     */
    public record Delivery(boolean admitted, Hospital hospital) {
    }

    private final List<Hospital> hospitals;
    private final TravelTime travel;
    private final ResponseEvents log;

    /**
     * @param hospitals the hospitals (ties in travel time go to the earlier in this list)
     * @param travel    travel time of a patient transport between two points
     * @param log       where diversions are recorded
     */
    public HospitalNetwork(List<Hospital> hospitals, TravelTime travel, ResponseEvents log) {
        this.hospitals = List.copyOf(hospitals);
        this.travel = Objects.requireNonNull(travel, "travel");
        this.log = Objects.requireNonNull(log, "log");
    }

    public List<Hospital> hospitals() {
        return hospitals;
    }

    /** The hospital {@code patient} should be taken to from {@code from} at {@code tS}; empty when none has room. */
    public Optional<Hospital> choose(Patient patient, LocalPoint from, double tS) {
        TriageCategory condition = patient.condition();
        if (condition == TriageCategory.DECEASED) {
            throw new IllegalArgumentException(patient + " is dead: no hospital");
        }
        if (condition == TriageCategory.IMMEDIATE) {
            Optional<Hospital> withIcu = nearest(from, h -> h.hasIcuBedFor(tS));
            if (withIcu.isPresent()) {
                return withIcu;
            }
        }
        return nearest(from, h -> h.hasRoomFor(patient, tS));
    }

    /**
     * {@code patient} reaches {@code hospital} at {@code tS}: admitted, or refused and diverted to the next
     * choice from that hospital ({@code hospitalDiverted}, naming "" when no hospital has room).
     */
    public Delivery deliver(Patient patient, Hospital hospital, double tS) {
        if (hospital.admit(patient, tS)) {
            return new Delivery(true, hospital);
        }
        Hospital next = choose(patient, hospital.position(), tS).orElse(null);
        log.hospitalDiverted(tS, hospital.id(), hospital.country(), patient.id(), next == null ? "" : next.id());
        return new Delivery(false, next);
    }

    private Optional<Hospital> nearest(LocalPoint from, Predicate<Hospital> hasRoom) {
        Hospital best = null;
        double bestS = Double.POSITIVE_INFINITY;
        for (Hospital hospital : hospitals) {
            if (hasRoom.test(hospital)) {
                double s = travel.seconds(from, hospital.position());
                if (s < bestS) {
                    best = hospital;
                    bestS = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
