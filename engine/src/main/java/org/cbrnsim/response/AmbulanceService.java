package org.cbrnsim.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.Places;
import org.cbrnsim.response.care.CareSite;
import org.cbrnsim.response.care.Deterioration;
import org.cbrnsim.response.care.Hospital;
import org.cbrnsim.response.care.HospitalNetwork;
import org.cbrnsim.response.care.Patient;
import org.cbrnsim.response.care.TriagePoint;
import org.cbrnsim.response.units.Dispatcher;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.UnitType;

/**
 * The ambulances of one incident. The first unit on scene that can triage stays as the triage post (the first
 * arriving crew becomes the triage officer: usual mass-casualty practice [A]); every other ambulance on scene takes
 * the most urgent waiting patient — from the triage point, or a casualty who called from home outside the scene —
 * one per trip [A], to the nearest hospital with room ({@link HospitalNetwork}), and comes back while patients
 * wait or are still on their way to the triage point (it then stands by on scene), else returns to its station. While more patients wait than ambulances work the incident, dispatch is asked
 * for more. The crew's treatment in the ambulance stops the patient's deterioration.
 */
final class AmbulanceService {

    private static final Comparator<Patient> URGENCY = Comparator
            .comparingInt((Patient p) -> p.triageCategory().orElse(p.condition()).ordinal())
            .thenComparingDouble(Patient::injuredS);

    private final IncidentSite site;
    private final Dispatcher dispatcher;
    private final Fleet fleet;
    private final TriagePoint point;
    private final HospitalNetwork network;
    private final Deterioration clocks;
    private final Places places;
    private final LocalPoint accessM;
    private final ResponseEvents log;
    private final Consumer<ResponseUnit> leavesScene;
    private final java.util.function.IntSupplier stillToCome;
    private final java.util.ArrayDeque<ResponseUnit> idle = new java.util.ArrayDeque<>();
    private final List<Patient> calls = new ArrayList<>();
    private final Map<ResponseUnit, Patient> pickups = new IdentityHashMap<>();
    private ResponseUnit triagePost;

    AmbulanceService(IncidentSite site, Dispatcher dispatcher, Fleet fleet, TriagePoint point, HospitalNetwork network,
                     Deterioration clocks, Places places, LocalPoint accessM, ResponseEvents log,
                     Consumer<ResponseUnit> leavesScene, java.util.function.IntSupplier stillToCome) {
        this.site = Objects.requireNonNull(site, "site");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.point = Objects.requireNonNull(point, "point");
        this.network = Objects.requireNonNull(network, "network");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.places = Objects.requireNonNull(places, "places");
        this.accessM = Objects.requireNonNull(accessM, "accessM");
        this.log = Objects.requireNonNull(log, "log");
        this.leavesScene = Objects.requireNonNull(leavesScene, "leavesScene");
        this.stillToCome = Objects.requireNonNull(stillToCome, "stillToCome");
    }

    /** An ambulance (a unit that can transport) arrived at {@code placeId} at {@code tS}. */
    void arrived(ResponseUnit unit, String placeId, double tS) {
        Patient pickup = pickups.remove(unit);
        if (pickup != null) {
            if (pickup.isDead()) {
                next(unit, tS);
                return;
            }
            log.patientTriaged(tS, unit.id(), pickup.country(), pickup.id(), pickup.condition(), placeId);
            clocks.stop(pickup, tS);
            carry(unit, pickup, places.get(placeId).location(), tS);
        } else if (triagePost == null && unit.has(Capability.TRIAGE)) {
            triagePost = unit;
            point.addOfficers(unit.crew(), tS);
        } else {
            next(unit, tS);
        }
    }

    /** {@code patient}, outside the scene, waits where it is for an ambulance from {@code tS}. */
    void call(Patient patient, String homePlaceId, double tS) {
        patient.moveTo(new CareSite() {
            @Override
            public String placeId() {
                return homePlaceId;
            }

            @Override
            public void patientDied(Patient dead, double t) {
                calls.remove(dead);
            }
        });
        calls.add(patient);
        patientWaiting(tS);
    }

    /** A patient now waits for transport (at the triage point or at home): idle ambulances go, more are asked for. */
    void patientWaiting(double tS) {
        if (network.hospitals().isEmpty()) {
            return;
        }
        while (!idle.isEmpty() && waitingCount() > 0) {
            next(idle.poll(), tS);
        }
        int waiting = waitingCount();
        int working = fleet.busyCount(UnitType.AMBULANCE) - (triagePost != null ? 1 : 0);
        if (waiting > working) {
            dispatcher.request(UnitType.AMBULANCE, waiting - working, site.incident().scenePlaceId());
        }
    }

    /** Patients waiting for an ambulance: at the triage point (triaged or not) and at home. */
    int waitingCount() {
        int atPoint = point.untriagedCount();
        for (var category : TriageCategory.values()) {
            atPoint += point.waitingCount(category);
        }
        return atPoint + calls.size();
    }

    private void next(ResponseUnit unit, double tS) {
        if (network.hospitals().isEmpty()) {
            leavesScene.accept(unit);
            dispatcher.returnToStation(unit);
            return;
        }
        Optional<Patient> fromPoint = point.nextForTransport();
        Optional<Patient> fromHome = calls.stream().min(URGENCY);
        boolean home = fromHome.isPresent()
                && (fromPoint.isEmpty() || URGENCY.compare(fromHome.get(), fromPoint.get()) < 0);
        if (home) {
            Patient patient = fromHome.get();
            calls.remove(patient);
            pickups.put(unit, patient);
            leavesScene.accept(unit);
            dispatcher.send(unit, patient.site().placeId());
        } else if (fromPoint.isPresent()) {
            Patient patient = fromPoint.get();
            point.remove(patient);
            clocks.stop(patient, tS);
            carry(unit, patient, accessM, tS);
        } else if (stillToCome.getAsInt() > 0) {
            idle.add(unit);
        } else {
            leavesScene.accept(unit);
            dispatcher.returnToStation(unit);
        }
    }

    private void carry(ResponseUnit unit, Patient patient, LocalPoint fromM, double tS) {
        Hospital hospital = network.choose(patient, fromM, tS).orElseGet(() -> nearest(fromM));
        drive(unit, patient, hospital, tS);
    }

    private void drive(ResponseUnit unit, Patient patient, Hospital hospital, double tS) {
        patient.moveTo(CareSite.at(hospital.id()));
        log.patientTransported(tS, unit.id(), patient.country(), patient.id(),
                patient.triageCategory().orElse(patient.condition()), hospital.id());
        leavesScene.accept(unit);
        dispatcher.transport(unit, hospital.id(), (u, placeId, t) -> atHospital(u, patient, hospital, t));
    }

    private void atHospital(ResponseUnit unit, Patient patient, Hospital hospital, double tS) {
        if (!patient.isDead()) {
            HospitalNetwork.Delivery delivery = network.deliver(patient, hospital, tS);
            if (!delivery.admitted() && delivery.hospital() != null) {
                drive(unit, patient, delivery.hospital(), tS);
                return;
            }
            if (!delivery.admitted()) {
                clocks.resume(patient, tS);
            }
        }
        if (waitingCount() > 0 || stillToCome.getAsInt() > 0) {
            dispatcher.send(unit, site.incident().scenePlaceId());
        } else {
            dispatcher.returnToStation(unit);
        }
    }

    private Hospital nearest(LocalPoint fromM) {
        return network.hospitals().stream()
                .min(Comparator.comparingDouble(h -> h.position().distanceToM(fromM))).orElseThrow();
    }
}
