package org.cbrnsim.response.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cbrnsim.geo.Places;
import org.cbrnsim.geo.RoadNetwork;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.EventScheduler;

/**
 * The alarm and dispatch of one incident, every step an exact-time event.
 *
 * <p><b>First call.</b> {@code Alarm.firstCallS} after the release starts ({@link #releaseStarts}), or, when
 * {@code Alarm.onCloudReachingPeople}, that long after the integrator says the cloud first reached a resident
 * ({@link #cloudReachedPeople}); then {@code Alarm.callHandlingS} to the dispatch order of the first assignment
 * ({@code Alarm.firstAssignment}, units per type, types in {@link UnitType} order).
 *
 * <p><b>Which units.</b> {@link #request} picks, among the units of the type at their station in any agency of the
 * incident's country (mutual aid inside a country), those that can be on scene first: turnout + call-out + drive,
 * so a nearer on-call crew loses to a farther crew on duty when its call-out costs more than the extra drive (a
 * computer-aided dispatch recommends by arrival time [A]); ties go to fleet order. Busy units are not candidates, so
 * reinforcement comes from the next-nearest stations. Units of other countries are never picked; the integrator
 * sends them with {@link #send}.
 *
 * <p><b>Times.</b> Turnout is {@code Alarm.turnoutEmsS} for EMS agencies and {@code Alarm.turnoutFireS} for all
 * others (NFPA 1710: 60 s EMS, 80 s fire and special operations, exercise-and-response.md §4.1 [S111]); an on-call crew adds
 * its call-out. Driving is at {@code Alarm.emergencySpeedFactor} × the road speeds to a scene or a hospital, and at
 * the road speeds back to the station ({@link RoadTravel}). A unit already out (on scene, at a hospital) leaves at
 * once.
 *
 * <p><b>Events.</b> firstCall; unitDispatched at the order; unitTask called-out at the order (from the station),
 * en-route at departure; unitOnScene at arrival with the time since the first call, then unitTask with its first
 * task on scene ({@link #firstTaskOnScene}); transport and returning as unit tasks; available on return.
 */
public final class Dispatcher {

    private static final Capability[] FIRST_CAPABILITIES = {Capability.COMMAND, Capability.DETECTION,
            Capability.TRAFFIC_CONTROL, Capability.DECONTAMINATION, Capability.RESCUE_IN_PPE, Capability.TRIAGE,
            Capability.TREATMENT, Capability.TRANSPORT};
    private static final UnitTask[] FIRST_TASKS = {UnitTask.SIZE_UP, UnitTask.DETECTION, UnitTask.CORDON,
            UnitTask.DECONTAMINATION, UnitTask.RESCUE, UnitTask.TRIAGE, UnitTask.TREATMENT, UnitTask.TREATMENT};

    private final Incident incident;
    private final Places places;
    private final Fleet fleet;
    private final ResponseParameters.Alarm alarm;
    private final EventScheduler events;
    private final ResponseEvents out;
    private final UnitArrival onScene;
    private final RoadTravel emergency;
    private final RoadTravel normal;
    private boolean callScheduled;
    private double firstCallS = Double.NaN;

    /**
     * @param incident the incident served
     * @param fleet    all units
     * @param roads    the road network
     * @param alarm    first call, turnout, emergency speed and first assignment
     * @param events   the scheduler of exact-time events
     * @param out      where happenings go
     * @param onScene  told when a unit sent by {@link #request} or {@link #send} arrives
     */
    public Dispatcher(Incident incident, Fleet fleet, RoadNetwork roads, ResponseParameters.Alarm alarm,
                      EventScheduler events, ResponseEvents out, UnitArrival onScene) {
        this.incident = Objects.requireNonNull(incident, "incident");
        this.fleet = Objects.requireNonNull(fleet, "fleet");
        this.alarm = Objects.requireNonNull(alarm, "alarm");
        this.events = Objects.requireNonNull(events, "events");
        this.out = Objects.requireNonNull(out, "out");
        this.onScene = Objects.requireNonNull(onScene, "onScene");
        this.places = roads.places();
        places.get(incident.scenePlaceId());
        this.emergency = new RoadTravel(roads, alarm.emergencySpeedFactor());
        this.normal = new RoadTravel(roads, 1.0);
    }

    /** The release starts at {@code releaseStartS}: schedules the first call unless it waits for the cloud. */
    public void releaseStarts(double releaseStartS) {
        if (!alarm.onCloudReachingPeople()) {
            scheduleFirstCall(releaseStartS + alarm.firstCallS());
        }
    }

    /** The cloud first reached a resident at {@code tS}: schedules the first call when it waits for that. */
    public void cloudReachedPeople(double tS) {
        if (alarm.onCloudReachingPeople()) {
            scheduleFirstCall(tS + alarm.firstCallS());
        }
    }

    /** When the first call came in (s after T0); empty before. */
    public OptionalDouble firstCallS() {
        return Double.isNaN(firstCallS) ? OptionalDouble.empty() : OptionalDouble.of(firstCallS);
    }

    /**
     * Sends now up to {@code n} units of {@code type} of the incident's country to {@code destinationId}: those at
     * their station that can be there first. Returns those sent, first to arrive first (fewer than {@code n}, maybe
     * none, when no more are free or can reach it).
     *
     * @throws IllegalArgumentException for a negative number or an unknown place
     */
    public List<ResponseUnit> request(UnitType type, int n, String destinationId) {
        if (n < 0) {
            throw new IllegalArgumentException("number of units requested must be >= 0, got " + n);
        }
        places.get(destinationId);
        record Candidate(ResponseUnit unit, Leg leg, double arrivalS) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ResponseUnit unit : fleet.available(type, incident.countryCode())) {
            emergency.leg(unit.placeId(), destinationId).ifPresent(leg ->
                    candidates.add(new Candidate(unit, leg, departureDelayS(unit) + leg.timeS())));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::arrivalS));
        List<ResponseUnit> sent = new ArrayList<>();
        for (Candidate candidate : candidates.subList(0, Math.min(n, candidates.size()))) {
            dispatch(candidate.unit(), destinationId, candidate.leg());
            sent.add(candidate.unit());
        }
        return sent;
    }

    /**
     * Sends {@code unit} (of any country, e.g. one added to the fleet at run time) to {@code destinationId} now;
     * returns its arrival time.
     *
     * @throws IllegalStateException when it is driving, or no road leads there
     */
    public double send(ResponseUnit unit, String destinationId) {
        requireStill(unit);
        return dispatch(unit, destinationId, drive(emergency, unit, destinationId));
    }

    /**
     * {@code unit} leaves now with patients for {@code hospitalId} at emergency speed; {@code atHospital} is told
     * when it arrives, and it stays there (transporting) until sent on or back. Returns its arrival time.
     *
     * @throws IllegalStateException when it is driving, or no road leads there
     */
    public double transport(ResponseUnit unit, String hospitalId, UnitArrival atHospital) {
        requireStill(unit);
        Leg leg = drive(emergency, unit, hospitalId);
        double nowS = events.nowS();
        double arrivalS = nowS + leg.timeS();
        fleet.setTask(unit, UnitTask.TRANSPORT, hospitalId, nowS);
        unit.headFor(hospitalId, arrivalS);
        events.at(arrivalS, t -> atHospital.arrived(unit, hospitalId, t));
        return arrivalS;
    }

    /**
     * {@code unit} drives back to its station now at the road speeds and is available when it gets there; returns
     * that time.
     *
     * @throws IllegalStateException when it is driving, or no road leads there
     */
    public double returnToStation(ResponseUnit unit) {
        requireStill(unit);
        double nowS = events.nowS();
        if (unit.isAvailable()) {
            return nowS;
        }
        Leg leg = drive(normal, unit, unit.stationId());
        double arrivalS = nowS + leg.timeS();
        fleet.setTask(unit, UnitTask.RETURNING, unit.stationId(), nowS);
        unit.headFor(unit.stationId(), arrivalS);
        events.at(arrivalS, t -> fleet.setTask(unit, UnitTask.AVAILABLE, unit.stationId(), t));
        return arrivalS;
    }

    /** Turnout of the unit's agency: EMS or fire (the latter for every other kind). */
    public double turnoutS(ResponseUnit unit) {
        return unit.agencyKind() == AgencyKind.EMS ? alarm.turnoutEmsS() : alarm.turnoutFireS();
    }

    /**
     * The task a unit begins when it arrives, by the first of its capabilities in this order [A]: command → size-up,
     * detection, traffic control → cordon, decontamination, rescue in PPE → rescue, triage, treatment, and for a
     * unit that only transports, treatment (its crew cares for patients while they wait for it). Readings come
     * before entries and a decontamination unit sets up its line at once; the scene's mechanics change the task
     * later through {@link Fleet#startTask}.
     */
    public static UnitTask firstTaskOnScene(ResponseUnit unit) {
        for (int i = 0; i < FIRST_CAPABILITIES.length; i++) {
            if (unit.has(FIRST_CAPABILITIES[i])) {
                return FIRST_TASKS[i];
            }
        }
        throw new IllegalStateException("unit " + unit.id() + " has no capability");
    }

    private void scheduleFirstCall(double callS) {
        if (callScheduled) {
            return;
        }
        callScheduled = true;
        events.at(callS, t -> {
            firstCallS = t;
            out.firstCall(t, incident.countryCode(), incident.hazardId());
            events.after(alarm.callHandlingS(), this::sendFirstAssignment);
        });
    }

    private void sendFirstAssignment(double tS) {
        for (UnitType type : UnitType.values()) {
            int n = alarm.firstAssignment().getOrDefault(type, 0);
            if (n > 0) {
                request(type, n, incident.scenePlaceId());
            }
        }
    }

    private double departureDelayS(ResponseUnit unit) {
        return unit.isAvailable() ? turnoutS(unit) + unit.callOutS() : 0;
    }

    private double dispatch(ResponseUnit unit, String destinationId, Leg leg) {
        double nowS = events.nowS();
        double departureS = nowS + departureDelayS(unit);
        double arrivalS = departureS + leg.timeS();
        out.unitDispatched(nowS, unit.id(), unit.type(), unit.agencyId(), unit.countryCode(), destinationId,
                leg.lengthM());
        if (unit.isAvailable()) {
            fleet.setTask(unit, UnitTask.CALLED_OUT, unit.stationId(), nowS);
        }
        unit.headFor(destinationId, arrivalS);
        events.at(departureS, t -> fleet.setTask(unit, UnitTask.EN_ROUTE, destinationId, t));
        events.at(arrivalS, t -> {
            double fromS = Double.isNaN(firstCallS) ? nowS : firstCallS;
            out.unitOnScene(t, unit.id(), unit.type(), unit.countryCode(), destinationId, t - fromS);
            fleet.setTask(unit, firstTaskOnScene(unit), destinationId, t);
            onScene.arrived(unit, destinationId, t);
        });
        return arrivalS;
    }

    private Leg drive(RoadTravel travel, ResponseUnit unit, String destinationId) {
        Optional<Leg> leg = travel.leg(unit.placeId(), destinationId);
        if (leg.isEmpty()) {
            throw new IllegalStateException("no road leads from " + unit.placeId() + " to " + destinationId
                    + " for unit " + unit.id());
        }
        return leg.get();
    }

    private void requireStill(ResponseUnit unit) {
        if (unit.isMovingAt(events.nowS())) {
            throw new IllegalStateException("unit " + unit.id() + " is driving to " + unit.placeId()
                    + " until " + unit.arrivalS() + " s; it can be sent on when it gets there");
        }
    }
}
