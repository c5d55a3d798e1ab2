package org.cbrnsim.response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.care.CareSite;
import org.cbrnsim.response.care.Deterioration;
import org.cbrnsim.response.care.Patient;
import org.cbrnsim.response.care.SelfReferral;
import org.cbrnsim.response.care.TriagePoint;
import org.cbrnsim.response.care.TriageRule;
import org.cbrnsim.response.scene.Cordon;
import org.cbrnsim.response.scene.HazardEstimate;
import org.cbrnsim.response.scene.HotZoneRescue;
import org.cbrnsim.response.scene.RescueCasualty;
import org.cbrnsim.response.scene.ResponderExposure;
import org.cbrnsim.response.units.Dispatcher;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.sim.EventScheduler;

/**
 * The response to one release: units arriving on scene take up their work — command's hazard estimate, the
 * cordon, the rescue from the hot zone, decontamination lines, the triage post and the ambulances — and its
 * casualties go their way:
 * <ul>
 *   <li>within {@link #NEAR_FIELD_RADIUS_M} of the source (the scene; they carry the agent [A]): walkers go to the
 *       access point on foot at {@link #WALK_M_PER_S} [A] — or, before the cordon stands, some go to hospital on
 *       their own — and those who cannot walk wait for rescuers in protective equipment; at the access point:
 *       decontamination, then the triage point, then an ambulance;</li>
 *   <li>farther out (the cloud reached them at home; vapour only, nothing to wash off [A]): some walkers go to
 *       hospital on their own, everyone else waits where they are for an ambulance.</li>
 * </ul>
 * The access point (decontamination, triage, ambulances, command) lies {@link #ACCESS_DISTANCE_M} upwind of the
 * source as the wind blew when the release began [A]; every crew on scene is exposed there.
 */
final class IncidentResponse {

    /**
     * Radius of the scene (m): Aqaba 2022's first cordon, 500 m (exercise-and-response.md §4.3 [S33–S36]). Inside
     * it responders bring casualties to the access point; outside, ambulances fetch them.
     */
    static final double NEAR_FIELD_RADIUS_M = 500;
    /**
     * Distance of the access point upwind of the source (m) [A]: close enough that rescuers in breathing apparatus
     * can carry out casualties lying a few hundred metres from the source within one air supply (a trip to 200 m
     * downwind, 400 m each way, takes 1 320 s of the 1 800 s), far enough to stand outside the cloud's path.
     */
    static final double ACCESS_DISTANCE_M = 200;
    /** Walking speed of a casualty to the access point (m/s) [A]. */
    static final double WALK_M_PER_S = 1.0;

    private final IncidentSite site;
    private final LocalPoint accessM;
    private final EventScheduler events;
    private final Deterioration clocks;
    private final HazardEstimate estimate;
    private final Cordon cordon;
    private final HotZoneRescue rescue;
    private final DeconArea decon;
    private final TriagePoint point;
    private final AmbulanceService ambulances;
    private final SelfReferral selfReferral;
    private final ResponderExposure exposure;
    private final Map<String, Patient> awaitingRescue = new HashMap<>();
    private final java.util.Set<Patient> walking = new java.util.LinkedHashSet<>();

    /** The parts of one incident's response, built by {@link ResponseSubsystem}. */
    record Parts(HazardEstimate estimate, Cordon cordon, HotZoneRescue rescue, DeconArea decon, TriagePoint point,
                 AmbulanceService ambulances) {
    }

    IncidentResponse(IncidentSite site, LocalPoint accessM, EventScheduler events, Deterioration clocks,
                     SelfReferral selfReferral, ResponderExposure exposure, Parts parts) {
        this.site = Objects.requireNonNull(site, "site");
        this.accessM = Objects.requireNonNull(accessM, "accessM");
        this.events = Objects.requireNonNull(events, "events");
        this.clocks = Objects.requireNonNull(clocks, "clocks");
        this.selfReferral = Objects.requireNonNull(selfReferral, "selfReferral");
        this.exposure = Objects.requireNonNull(exposure, "exposure");
        this.estimate = parts.estimate();
        this.cordon = parts.cordon();
        this.rescue = parts.rescue();
        this.decon = parts.decon();
        this.point = parts.point();
        this.ambulances = parts.ambulances();
    }

    /** The incident's site. */
    IncidentSite site() {
        return site;
    }

    /** A unit sent by this incident's dispatcher arrived at {@code placeId} at {@code tS}. */
    void unitArrived(ResponseUnit unit, String placeId, double tS) {
        boolean atScene = placeId.equals(site.incident().scenePlaceId());
        if (atScene) {
            exposure.onScene(unit, accessM);
            estimate.unitArrived(unit, placeId, tS);
            cordon.unitArrived(unit, placeId, tS);
        }
        if (unit.has(Capability.TRANSPORT)) {
            ambulances.arrived(unit, placeId, tS);
            return;
        }
        switch (Dispatcher.firstTaskOnScene(unit)) {
            case DECONTAMINATION -> decon.unitArrived(unit, tS);
            case RESCUE -> {
                if (HotZoneRescue.canEnterHotZone(unit)) {
                    rescue.addTeam(unit);
                }
            }
            case TRIAGE, TREATMENT -> point.addOfficers(unit.crew(), tS);
            default -> {
            }
        }
    }

    /** Resident {@code patient} was first hurt at {@code tS}; {@code homePlaceId} is where an ambulance would fetch it. */
    void newPatient(Patient patient, String homePlaceId, double tS) {
        clocks.start(patient, tS);
        if (!patient.contaminated()) {
            if (!selfReferral.consider(patient, tS)) {
                ambulances.call(patient, homePlaceId, tS);
            }
            return;
        }
        if (patient.ambulatory()) {
            if (!cordon.stands() && selfReferral.consider(patient, tS)) {
                return;
            }
            double walkS = patient.position().distanceToM(accessM) / WALK_M_PER_S;
            walking.add(patient);
            events.at(tS + walkS, t -> {
                walking.remove(patient);
                if (!patient.isDead()) {
                    decon.arrive(patient, t);
                }
            });
        } else {
            patient.moveTo(new CareSite() {
                @Override
                public String placeId() {
                    return site.incident().scenePlaceId();
                }

                @Override
                public void patientDied(Patient dead, double t) {
                    awaitingRescue.remove(dead.id());
                    rescue.withdraw(dead.id());
                }
            });
            awaitingRescue.put(patient.id(), patient);
            rescue.addCasualties(List.of(new RescueCasualty(patient.id(), patient.position().xM(),
                    patient.position().yM())));
        }
    }

    /** Rescuers brought {@code casualtyId} out to the access point at {@code tS}. */
    void broughtOut(String casualtyId, double tS) {
        Patient patient = awaitingRescue.remove(casualtyId);
        if (patient != null && !patient.isDead()) {
            decon.arrive(patient, tS);
        }
    }

    /** The exposure made {@code patient} worse ({@code now}) at {@code tS}, or killed it. */
    void exposureWorsened(Patient patient, HealthState now, double tS) {
        if (patient.isDead()) {
            return;
        }
        if (now == HealthState.DEAD) {
            clocks.diedOfExposure(patient, tS);
        } else {
            clocks.exposureWorsened(patient, TriageRule.initialCategory(now), tS);
        }
    }

    /** A patient left decontamination (or needed none) at {@code tS}: to the triage point. */
    void decontaminated(Patient patient, double tS) {
        point.arrive(patient, tS);
    }

    /** A patient was triaged at the point at {@code tS}: it now waits for an ambulance. */
    void triaged(double tS) {
        ambulances.patientWaiting(tS);
    }

    /** Casualties of the scene on their way to the triage point: walking, waiting for rescue, or in decontamination. */
    int stillToCome() {
        walking.removeIf(Patient::isDead);
        return walking.size() + awaitingRescue.size() + decon.queueLength();
    }

    /** Whether {@code position} lies in the scene. */
    boolean inScene(LocalPoint position) {
        return position.distanceToM(site.sourceM()) <= NEAR_FIELD_RADIUS_M;
    }

    /** People queueing for decontamination at the line of {@code unitId}. */
    int deconQueue(String unitId) {
        return decon.queueLength(unitId);
    }

    /** People queueing for decontamination at all lines. */
    int deconQueue() {
        return decon.queueLength();
    }
}
