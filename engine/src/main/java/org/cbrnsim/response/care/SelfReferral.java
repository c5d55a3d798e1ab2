package org.cbrnsim.response.care;

import ec.util.MersenneTwisterFast;
import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;

/**
 * Walking casualties who go to hospital on their own, as many do in real incidents (Tokyo 1995, Graniteville
 * 2005: exercise-and-response.md §4.3): each walking patient does so with probability {@code selfReferralShare}
 * [A], to the hospital nearest by its own means of travel, whether or not it has room, and arrives there
 * undecontaminated ({@code patientAdmitted(..., decontaminated = false)} when it still carries the agent). A
 * hospital that refuses it diverts it, and it travels on by the same means; with nowhere to go it stays at the
 * last door, untreated.
 */
public final class SelfReferral {

    private final double share;
    private final MersenneTwisterFast random;
    private final HospitalNetwork network;
    private final TravelTime travel;
    private final EventScheduler events;

    /**
     * @param parameters {@code selfReferralShare}
     * @param random     the stream the decisions are drawn from
     * @param network    the hospitals
     * @param travel     travel time by the casualties' own means (on foot, by car)
     * @param events     the run's scheduler
     */
    public SelfReferral(ResponseParameters.Hospitals parameters, MersenneTwisterFast random, HospitalNetwork network,
                        TravelTime travel, EventScheduler events) {
        this.share = parameters.selfReferralShare();
        this.random = Objects.requireNonNull(random, "random");
        this.network = Objects.requireNonNull(network, "network");
        this.travel = Objects.requireNonNull(travel, "travel");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Decides at {@code tS} whether {@code patient} goes to hospital on its own (only a walking patient may; one
     * draw each) and, if so, sends it from where it was hurt. Returns whether it went.
     */
    public boolean consider(Patient patient, double tS) {
        if (!patient.ambulatory() || network.hospitals().isEmpty() || random.nextDouble() >= share) {
            return false;
        }
        Hospital nearest = null;
        double nearestS = Double.POSITIVE_INFINITY;
        for (Hospital hospital : network.hospitals()) {
            double s = travel.seconds(patient.position(), hospital.position());
            if (s < nearestS) {
                nearest = hospital;
                nearestS = s;
            }
        }
        goTo(patient, nearest, patient.position(), tS);
        return true;
    }

    private void goTo(Patient patient, Hospital hospital, LocalPoint from, double tS) {
        patient.moveTo(CareSite.at(hospital.id()));
        events.at(tS + travel.seconds(from, hospital.position()), t -> {
            if (patient.isDead()) {
                return;
            }
            HospitalNetwork.Delivery delivery = network.deliver(patient, hospital, t);
            if (!delivery.admitted() && delivery.hospital() != null) {
                goTo(patient, delivery.hospital(), hospital.position(), t);
            }
        });
    }
}
