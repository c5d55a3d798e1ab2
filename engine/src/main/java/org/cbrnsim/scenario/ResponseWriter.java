package org.cbrnsim.scenario;

import static org.cbrnsim.scenario.ResolvedScenarioWriter.number;
import static org.cbrnsim.scenario.ResolvedScenarioWriter.ordered;
import static org.cbrnsim.scenario.ResolvedScenarioWriter.time;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbrnsim.scenario.ResponseParameters.Alarm;
import org.cbrnsim.scenario.ResponseParameters.Decon;
import org.cbrnsim.scenario.ResponseParameters.Hospitals;
import org.cbrnsim.scenario.ResponseParameters.Scene;
import org.cbrnsim.scenario.ResponseParameters.Triage;
import org.cbrnsim.scenario.YamlEmitter.Flow;
import org.cbrnsim.units.Dimension;

/**
 * The responders' parts of the resolved scenario, for {@link ResolvedScenarioWriter}: {@code agencies:} with
 * every unit key written out, a hospital place's bed keys, and the whole {@code response:} section.
 */
final class ResponseWriter {

    private ResponseWriter() {
    }

    static List<Object> agencies(List<AgencySpec> agencies) {
        return agencies.stream().<Object>map(a -> ordered("id", a.id(), "name", a.name(), "kind", a.kind().yamlName(),
                "country", a.countryCode(), "source", a.source(),
                "units", a.units().stream().map(ResponseWriter::unit).toList())).toList();
    }

    private static Flow unit(UnitSpec u) {
        return new Flow(ordered("id", u.id(), "type", u.type().yamlName(), "at", u.stationId(), "count", number(u.count()),
                "crew", number(u.crew()), "capabilities", EnumSet.copyOf(u.capabilities()).stream().map(Capability::yamlName).toList(),
                "ppe", u.ppe().yamlName(), "call_out", time(u.callOutS()), "source", u.source()));
    }

    /** The bed keys of a hospital place, in the order of {@link HospitalBedsReader#KEYS}. */
    static Map<String, Object> beds(HospitalSpec hospital) {
        return ordered("beds", number(hospital.beds()), "ed_beds", number(hospital.edBeds()),
                "icu_beds", number(hospital.icuBeds()), "occupancy", number(hospital.occupancy()));
    }

    static Map<String, Object> response(ResponseParameters parameters) {
        return ordered("alarm", alarm(parameters.alarm()), "scene", scene(parameters.scene()),
                "decontamination", decon(parameters.decon()), "triage", triage(parameters.triage()),
                "hospitals", hospitals(parameters.hospitals()));
    }

    private static Map<String, Object> alarm(Alarm a) {
        Map<String, Object> assignment = new LinkedHashMap<>();
        for (UnitType type : UnitType.values()) {
            if (a.firstAssignment().containsKey(type)) {
                assignment.put(type.yamlName(), number(a.firstAssignment().get(type)));
            }
        }
        return ordered("first_call", ResponseReader.firstCallText(a), "call_handling", time(a.callHandlingS()),
                "turnout", new Flow(ordered("fire", time(a.turnoutFireS()), "ems", time(a.turnoutEmsS()))),
                "emergency_speed_factor", number(a.emergencySpeedFactor()), "first_assignment", new Flow(assignment));
    }

    private static Map<String, Object> scene(Scene s) {
        return ordered("size_up", time(s.sizeUpS()), "cordon_setup", time(s.cordonSetupS()), "detection",
                time(s.detectionS()), "ppe_work_time", time(s.ppeWorkS()),
                "hot_zone", ResponseReader.tier(s.hotZoneTier()).yamlName(),
                "warm_zone", ResponseReader.tier(s.warmZoneTier()).yamlName(),
                "minimum_hot_radius", QuantityText.format(s.minimumHotRadiusM(), Dimension.LENGTH));
    }

    private static Map<String, Object> decon(Decon d) {
        return ordered("setup", time(d.setupS()), "disrobe", time(d.disrobeS()), "shower", time(d.showerS()),
                "rerobe", time(d.rerobeS()), "disrobe_stations", number(d.disrobeStations()),
                "shower_stations", number(d.showerStations()), "rerobe_stations", number(d.rerobeStations()),
                "non_ambulatory_factor", number(d.nonAmbulatoryFactor()), "service_cv", number(d.serviceCv()));
    }

    private static Map<String, Object> triage(Triage t) {
        return ordered("system", t.system().yamlName(), "time", time(t.triageS()),
                "delayed_to_immediate", time(t.delayedToImmediateS()),
                "immediate_to_dead", time(t.immediateToDeadS()), "retriage", time(t.retriageS()));
    }

    private static Map<String, Object> hospitals(Hospitals h) {
        return ordered("ed_time", time(h.edTimeS()), "minor_observation", time(h.minorObservationS()),
                "contingency_surge", number(h.contingencySurgeShare()), "early_discharge", number(h.earlyDischargeShare()),
                "early_discharge_time", time(h.earlyDischargeS()), "self_referral", number(h.selfReferralShare()),
                "default_occupancy", number(h.defaultOccupancy()));
    }
}
