package org.cbrnsim.response;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.Places;
import org.cbrnsim.population.InjuryListener;
import org.cbrnsim.response.care.Deterioration;
import org.cbrnsim.response.care.Hospital;
import org.cbrnsim.response.care.HospitalNetwork;
import org.cbrnsim.response.care.SelfReferral;
import org.cbrnsim.response.care.TravelTime;
import org.cbrnsim.response.care.TriagePoint;
import org.cbrnsim.response.scene.Cordon;
import org.cbrnsim.response.scene.HazardEstimate;
import org.cbrnsim.response.scene.HotZoneRescue;
import org.cbrnsim.response.scene.RescueParameters;
import org.cbrnsim.response.scene.ResponderExposure;
import org.cbrnsim.response.units.Dispatcher;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.RoadTravel;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.EventScheduler;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.Phase;
import org.cbrnsim.scenario.UnitType;

/**
 * The responders on the simulation core: builds the fleet, the hospitals and one {@link IncidentResponse} per
 * release from {@link ResponseInputs}, schedules each release's first call, registers the crews' exposure in the
 * exposure phase and the response metrics, and returns the listener the population tells of the residents it
 * hurts. Random streams: {@code response.self-referral}, {@code response.crew} (the crews' tolerances) and
 * {@code response.decon-<unit>} per decontamination line.
 */
public final class ResponseSubsystem {

    /** Handover at the hospital and turnaround added to an ambulance's two drives (s) [A]: SALT's expected wait. */
    static final double HANDOVER_S = 600;

    private ResponseSubsystem() {
    }

    /** Installs the response layer on {@code sim} (only while it builds); returns the population's injury listener. */
    public static InjuryListener install(ExerciseSimulation sim, ResponseInputs in) {
        ResponseParameters params = in.spec().parameters();
        EventScheduler events = sim.events();
        ResponseEvents log = in.events();
        Places places = in.roads().places();
        Fleet fleet = new Fleet(in.spec().agencies(), places, log);
        Deterioration clocks = new Deterioration(params.triage(), events, log);
        clocks.onDeath((patient, tS) -> in.residents().diedOfInjury(tS, patient.residentIndex()));
        double factor = params.alarm().emergencySpeedFactor();
        TravelTime byAmbulance = new PlaceTravelTime(places, new RoadTravel(in.roads(), factor), factor);
        TravelTime ownMeans = new PlaceTravelTime(places, new RoadTravel(in.roads(), 1.0), 1.0);
        List<Hospital> hospitals = in.spec().hospitals().stream().map(h -> new Hospital(h,
                places.get(h.placeId()).countryCode(), places.get(h.placeId()).location(), params.hospitals(), clocks,
                events, log)).toList();
        HospitalNetwork network = new HospitalNetwork(hospitals, byAmbulance, log);
        SelfReferral selfReferral = new SelfReferral(params.hospitals(), sim.random("response.self-referral"), network,
                ownMeans, events);
        var crewStream = sim.random("response.crew");
        ResponderExposure exposure = new ResponderExposure(in.health(), crewStream::nextLong, log);

        List<IncidentResponse> incidents = new ArrayList<>();
        List<Dispatcher> dispatchers = new ArrayList<>();
        for (IncidentSite site : in.incidents()) {
            IncidentResponse[] self = new IncidentResponse[1];
            Dispatcher dispatcher = new Dispatcher(site.incident(), fleet, in.roads(), params.alarm(), events, log,
                    (unit, placeId, tS) -> self[0].unitArrived(unit, placeId, tS));
            LocalPoint access = site.upwindM(IncidentResponse.ACCESS_DISTANCE_M);
            String country = site.incident().countryCode();
            String scene = site.incident().scenePlaceId();
            HazardEstimate estimate = new HazardEstimate(site.incident(), params.scene(), site.forecast(),
                    site.observed(), events, log);
            Cordon cordon = new Cordon(site.incident(), site.sourceM(), params.scene(), estimate, events, log);
            HotZoneRescue rescue = new HotZoneRescue(access, params.scene().ppeWorkS(), RescueParameters.defaults(),
                    fleet, events, (casualty, unitId, tS) -> self[0].broughtOut(casualty.id(), tS));
            boolean linesCanCome = fleet.all().stream().anyMatch(u -> u.countryCode().equals(country)
                    && Dispatcher.firstTaskOnScene(u) == UnitTask.DECONTAMINATION);
            DeconArea decon = new DeconArea(country, scene, params.decon(), id -> sim.random("response.decon-" + id),
                    events, log, linesCanCome, (patient, tS) -> self[0].decontaminated(patient, tS));
            double roundTripS = hospitals.isEmpty() ? Double.POSITIVE_INFINITY
                    : 2 * hospitals.stream().mapToDouble(h -> byAmbulance.seconds(access, h.position())).min()
                    .orElseThrow() + HANDOVER_S;
            AmbulanceService[] ambulances = new AmbulanceService[1];
            TriagePoint point = new TriagePoint(site.incident().hazardId() + "-triage", scene, country, 0,
                    params.triage(), clocks, (patient, tS) -> expectedWaitS(ambulances[0], fleet, roundTripS), events,
                    log, (patient, category, first, tS) -> self[0].triaged(tS));
            ambulances[0] = new AmbulanceService(site, dispatcher, fleet, point, network, clocks, places, access, log,
                    exposure::offScene, () -> self[0].stillToCome());
            self[0] = new IncidentResponse(site, access, events, clocks, selfReferral, exposure,
                    new IncidentResponse.Parts(estimate, cordon, rescue, decon, point, ambulances[0]));
            dispatcher.releaseStarts(site.releaseStartS());
            incidents.add(self[0]);
            dispatchers.add(dispatcher);
        }
        PatientIntake intake = new PatientIntake(in.residents(), incidents,
                () -> dispatchers.forEach(d -> d.cloudReachedPeople(events.nowS())));
        ResponseMetrics.register(sim, fleet, incidents, hospitals, intake);
        sim.onPhase(Phase.EXPOSURE, ctx -> exposure.step(ctx.timeS(), ctx.stepS(), in.field()));
        return intake;
    }

    /** SALT's expected wait for treatment: the patients ahead over the ambulances working, times a round trip. */
    private static double expectedWaitS(AmbulanceService ambulances, Fleet fleet, double roundTripS) {
        int working = Math.max(1, fleet.busyCount(UnitType.AMBULANCE));
        return (double) ambulances.waitingCount() / working * roundTripS;
    }
}
