package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.HospitalDiverted;
import org.cbrnsim.record.PatientTransported;
import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.ResponseSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.ProgressLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The responders in a whole run of the shipped Aqaba scenario (its first 3 h): the response KPIs are in
 * summary.json and agree with the events, and the numbers a planner changes — ambulances, decontamination lines,
 * hospital beds — move the results the way a planner expects, with the same seed.
 */
class ResponseRunTest {

    private static final double UNTIL_S = 3 * 3600;

    @TempDir
    Path out;

    private static Scenario aqaba() {
        return ScenarioLoader.require(Path.of("..", "scenarios", "aqaba-chlorine.yaml"));
    }

    private static Scenario withResponse(Scenario s, ResponseSpec r) {
        return new Scenario(s.format(), s.id(), s.name(), s.description(), s.sources(), s.exercise(), s.clock(),
                s.region(), s.places(), s.roads(), s.weather(), s.hazards(), s.population(), r);
    }

    /** The scenario with every unit group of {@code type} given {@code count} units. */
    private static Scenario units(Scenario s, UnitType type, int count) {
        UnaryOperator<UnitSpec> change = u -> u.type() != type ? u : new UnitSpec(u.id(), u.type(), u.stationId(),
                count, u.crew(), u.capabilities(), u.ppe(), u.callOutS(), u.source());
        List<AgencySpec> agencies = s.response().agencies().stream().map(a -> new AgencySpec(a.id(), a.name(),
                a.kind(), a.countryCode(), a.units().stream().map(change).toList(), a.source())).toList();
        return withResponse(s, new ResponseSpec(agencies, s.response().hospitals(), s.response().parameters()));
    }

    /** The scenario with {@code lines} decontamination units at each station, all sent on the first alarm. */
    private static Scenario deconLines(Scenario s, int lines) {
        Scenario more = units(s, UnitType.DECONTAMINATION, lines);
        ResponseParameters p = more.response().parameters();
        ResponseParameters.Alarm a = p.alarm();
        Map<UnitType, Integer> assignment = new java.util.HashMap<>(a.firstAssignment());
        assignment.put(UnitType.DECONTAMINATION, lines);
        ResponseParameters.Alarm alarm = new ResponseParameters.Alarm(a.firstCallS(), a.onCloudReachingPeople(),
                a.callHandlingS(), a.turnoutFireS(), a.turnoutEmsS(), a.emergencySpeedFactor(), assignment);
        return withResponse(more, new ResponseSpec(more.response().agencies(), more.response().hospitals(),
                new ResponseParameters(alarm, p.scene(), p.decon(), p.triage(), p.hospitals())));
    }

    /** The scenario with every hospital given {@code beds} beds (ICU and ED spaces kept within them). */
    private static Scenario beds(Scenario s, int beds) {
        List<HospitalSpec> hospitals = s.response().hospitals().stream().map(h -> new HospitalSpec(h.placeId(), beds,
                Math.min(h.edBeds(), beds), Math.min(h.icuBeds(), beds), h.occupancy(), h.source())).toList();
        return withResponse(s, new ResponseSpec(s.response().agencies(), hospitals, s.response().parameters()));
    }

    private record Run(Map<String, Double> kpis, List<String[]> events, List<String> series) {
        long count(String type) {
            return events.stream().filter(e -> e[2].equals(type)).count();
        }

        double first(String type) {
            return events.stream().filter(e -> e[2].equals(type)).mapToDouble(e -> Double.parseDouble(e[0])).min()
                    .orElse(Double.NaN);
        }

        /** Σ over the rows of the column {@code name} (value × step: person-minutes for a queue at 1-min steps). */
        double sum(String name) {
            int column = List.of(series.get(0).split(",")).indexOf(name);
            assertTrue(column > 0, "no column " + name);
            return series.stream().skip(1).mapToDouble(line -> Double.parseDouble(line.split(",")[column])).sum();
        }
    }

    private Run run(Scenario scenario) throws IOException {
        var result = ScenarioRun.run(scenario, 1, out, OptionalDouble.of(UNTIL_S), ProgressLine.disabled());
        List<String[]> events = Files.readAllLines(result.folder().resolve("events.csv")).stream().skip(1)
                .map(line -> line.split(",", 7)).toList();
        return new Run(result.summary().kpis(), events, Files.readAllLines(result.folder().resolve("timeseries.csv")));
    }

    @Test
    void theResponseKpisAreInTheSummaryAndAgreeWithTheEvents() throws IOException {
        Run run = run(aqaba());
        Map<String, Double> k = run.kpis();
        assertEquals(run.first(UnitOnScene.TYPE), k.get("first_unit_on_scene_s"));
        assertEquals(run.first(DeconOpened.TYPE), k.get("first_decon_s"));
        assertTrue(k.get("first_unit_on_scene_s") > 300, "after the first call at 5 min: " + k);
        assertTrue(k.get("cordon_set_s") > k.get("first_unit_on_scene_s"), "the cordon takes its set-up: " + k);
        assertTrue(k.get("first_patient_in_hospital_s") > 0, "someone reached hospital: " + k);
        assertEquals(k.get("dead"), k.get("deaths_before_care") + k.get("deaths_in_hospital"), 1e-9);
        assertTrue(k.get("peak_occupied_beds_prince-hashem-hospital") >= Math.round(212 * 0.8),
                "the baseline patients at least: " + k);
        assertTrue(k.get("responders_injured") >= 0);
    }

    @Test
    void moreAmbulancesTakeMorePatientsToHospital() throws IOException {
        Run few = run(units(aqaba(), UnitType.AMBULANCE, 1));
        Run many = run(units(aqaba(), UnitType.AMBULANCE, 8));
        assertTrue(many.count(PatientTransported.TYPE) > few.count(PatientTransported.TYPE),
                "transported with 8 per station " + many.count(PatientTransported.TYPE) + ", with 1 "
                        + few.count(PatientTransported.TYPE));
        assertTrue(many.kpis().get("deaths_before_care") <= few.kpis().get("deaths_before_care"));
    }

    @Test
    void moreDecontaminationLinesShortenTheQueue() throws IOException {
        Run one = run(deconLines(aqaba(), 1));
        Run three = run(deconLines(aqaba(), 3));
        assertEquals(3, three.count(DeconOpened.TYPE), "three lines open");
        assertTrue(three.sum("decon_queue") < one.sum("decon_queue"),
                "person-minutes in the queue: three lines " + three.sum("decon_queue") + ", one "
                        + one.sum("decon_queue"));
    }

    @Test
    void fewerHospitalBedsDivertPatients() throws IOException {
        Run ample = run(aqaba());
        Run scarce = run(beds(aqaba(), 3));
        assertEquals(0, ample.count(HospitalDiverted.TYPE), "212 and 216 beds take everyone");
        assertTrue(scarce.count(HospitalDiverted.TYPE) > 0, "3 beds each cannot");
    }
}
