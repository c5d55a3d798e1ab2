package org.cbrnsim.viz.run;

import org.cbrnsim.record.CordonSet;
import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.EventsCsvWriter;
import org.cbrnsim.record.FirstCall;
import org.cbrnsim.record.FirstDeath;
import org.cbrnsim.record.HazardEstimated;
import org.cbrnsim.record.HospitalDiverted;
import org.cbrnsim.record.HospitalTierChanged;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.PatientTransported;
import org.cbrnsim.record.PatientTriaged;
import org.cbrnsim.record.ReleaseStarted;
import org.cbrnsim.record.RespondersInjured;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.record.SimEvent;
import org.cbrnsim.record.SummaryJsonWriter;
import org.cbrnsim.record.ThresholdFirstExceeded;
import org.cbrnsim.record.TimeSeries;
import org.cbrnsim.record.TimeSeriesCsvWriter;
import org.cbrnsim.record.UnitDispatched;
import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.record.UnitTaskStarted;
import org.cbrnsim.record.WarningIssued;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.SurgeTier;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResolvedScenarioWriter;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.ResponseSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic run folder of the Dniester scenario with responders, for the response charts and the report: made-up
 * agencies on both banks, their units' dispatch, arrival and tasks, a cordon, decontamination lines, patients,
 * hospitals and the time series the integrator writes (units_busy…, decon_queue…, patients_…, hospital_…), all
 * consistent with one another (the units' busy counts are counted from their task events).
 *
 * <p>The files are written by the engine's own writers (events.csv from the event records, scenario.yaml with the
 * made-up agencies), so the charts are tested on what they will read.
 */
public final class ResponseRuns {

    /** The simulated time of the synthetic run (s). */
    public static final double END_S = 6 * 3600;
    private static final double STEP_S = 60;
    private static final String HAZARD = "tank-car";
    private static final String SCENE = "mohyliv-podilskyi-station";
    private static final double CALL_UA_S = 420;
    private static final double CALL_MD_S = 1500;
    /** The hospitals with occupancy columns: three of the scenario's hospital places. */
    public static final List<String> HOSPITALS = List.of("mohyliv-podilskyi-hospital", "ocnita-hospital",
            "soroca-hospital");

    private final Scenario scenario;
    private final List<SimEvent> events = new ArrayList<>();
    private final Map<String, List<double[]>> busyIntervals = new LinkedHashMap<>();
    private final Random random = new Random(8);

    private ResponseRuns(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The Dniester scenario as shipped (its own agencies are replaced by {@link #response}). */
    public static Scenario dniester() {
        return ScenarioLoader.require(Path.of(System.getProperty("cbrnsim.repo"), "scenarios", "dniester-chlorine.yaml"));
    }

    /** Made-up agencies on both banks: 23 units, or {@code 23 + extraAmbulances}, and three hospitals. */
    public static ResponseSpec response(int extraAmbulances) {
        List<AgencySpec> agencies = List.of(
                new AgencySpec("dsns-vinnytsia", "DSNS Vinnytsia region", AgencyKind.FIRE, "UA", List.of(
                        unit("cmd-ua", UnitType.COMMAND, 1), unit("fire-mp", UnitType.FIRE_ENGINE, 3),
                        unit("hazmat-vin", UnitType.HAZMAT, 1), unit("det-mp", UnitType.DETECTION, 1),
                        unit("decon-mp", UnitType.DECONTAMINATION, 2)), ""),
                new AgencySpec("ems-ua", "EMS Vinnytsia", AgencyKind.EMS, "UA",
                        List.of(unit("amb-mp", UnitType.AMBULANCE, 6 + extraAmbulances)), ""),
                new AgencySpec("police-ua", "National Police", AgencyKind.POLICE, "UA",
                        List.of(unit("pol-mp", UnitType.POLICE, 2)), ""),
                new AgencySpec("igsu-ocnita", "IGSU Ocnița", AgencyKind.FIRE, "MD", List.of(
                        unit("fire-otaci", UnitType.FIRE_ENGINE, 2), unit("decon-md", UnitType.DECONTAMINATION, 1)), ""),
                new AgencySpec("ems-md", "CNAMUP", AgencyKind.EMS, "MD",
                        List.of(unit("amb-otaci", UnitType.AMBULANCE, 4)), ""));
        List<HospitalSpec> hospitals = List.of(new HospitalSpec(HOSPITALS.get(0), 250, 12, 10, 0.8, ""),
                new HospitalSpec(HOSPITALS.get(1), 300, 15, 12, 0.8, ""),
                new HospitalSpec(HOSPITALS.get(2), 120, 8, 4, 0.8, ""),
                new HospitalSpec("balti-hospital", 750, 30, 20, 0.8, ""));
        return new ResponseSpec(agencies, hospitals, ResponseParameters.defaults());
    }

    private static UnitSpec unit(String id, UnitType type, int count) {
        return new UnitSpec(id, type, "mohyliv-podilskyi", count, type.defaultCrew(), type.defaultCapabilities(),
                type.defaultPpe(), 0, "");
    }

    /** {@code scenario} with {@code response} in place of its own. */
    public static Scenario withResponse(Scenario scenario, ResponseSpec response) {
        return new Scenario(scenario.format(), scenario.id(), scenario.name(), scenario.description(), scenario.sources(),
                scenario.exercise(), scenario.clock(), scenario.region(), scenario.places(), scenario.roads(),
                scenario.weather(), scenario.hazards(), scenario.population(), response);
    }

    /**
     * Writes the synthetic run folder under {@code root} and reads it back with the responders of
     * {@link #response(int)}.
     */
    public static RunRecord write(Path root, int extraAmbulances) {
        Scenario withAgencies = withResponse(dniester(), response(extraAmbulances));
        ResponseRuns run = new ResponseRuns(withAgencies);
        run.play();
        try {
            Path folder = Files.createDirectories(root.resolve("dniester-chlorine").resolve("synthetic-" + extraAmbulances));
            ResolvedScenarioWriter.write(withAgencies, folder.resolve("scenario.yaml"));
            run.events.sort(Comparator.comparingDouble(SimEvent::tS));
            try (Writer out = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8)) {
                new EventsCsvWriter(t -> withAgencies.clock().start().plusSeconds(Math.round(t)).toString())
                        .write(run.events, out);
            }
            try (Writer out = Files.newBufferedWriter(folder.resolve("timeseries.csv"), StandardCharsets.UTF_8)) {
                new TimeSeriesCsvWriter().write(run.timeSeries(), out);
            }
            RunSummary summary = new RunSummary(withAgencies.id(), "synthetic", 1, "test", withAgencies.clock().start(),
                    END_S, STEP_S, run.events.size(), Map.of("dead", 9.0), List.of());
            try (Writer out = Files.newBufferedWriter(folder.resolve("summary.json"), StandardCharsets.UTF_8)) {
                new SummaryJsonWriter().write(summary, out);
            }
            for (String empty : List.of("zones.geojson", "cloud.geojson")) {
                Files.writeString(folder.resolve(empty), "{\"type\":\"FeatureCollection\",\"features\":[]}");
            }
            return RunRecord.read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A run record made in memory, for tests of one reader or chart: the Dniester scenario with the agencies of
     * {@link #response(int) response(0)}, these events and time series, ending at {@code endS}.
     */
    public static RunRecord of(List<RunEvent> events, RunTimeSeries series, double endS) {
        Scenario scenario = withResponse(dniester(), response(0));
        RunSummary summary = new RunSummary(scenario.id(), "in-memory", 1, "test", scenario.clock().start(), endS, STEP_S,
                events.size(), Map.of(), List.of());
        return new RunRecord(Path.of("in-memory"), scenario, events, series, summary, List.of(), List.of());
    }

    /** An event as events.csv gives it back (clock left empty). */
    public static RunEvent event(double tS, String type, String actor, String country, String subject, String detail) {
        return new RunEvent(tS, "", type, actor, country, subject, detail);
    }

    /** The same run as its folder reads today: without the agencies, a run without responders. */
    public static RunRecord withoutResponders(RunRecord run) {
        return new RunRecord(run.folder(), withResponse(run.scenario(), ResponseSpec.none()), run.events(),
                run.timeSeries(), run.summary(), run.zones(), run.cloud());
    }

    private void play() {
        events.add(new ReleaseStarted(0, HAZARD, "chlorine", "UA", 80_900));
        events.add(new ThresholdFirstExceeded(120, "AEGL-1", "", "UA"));
        events.add(new WarningIssued(1500, "dsns", "UA", "mohyliv-podilskyi", "sirens"));
        events.add(new FirstDeath(1900, "", "UA"));
        events.add(new FirstCall(CALL_UA_S, "UA", HAZARD));
        events.add(new FirstCall(CALL_MD_S, "MD", HAZARD));
        int k = 0;
        for (AgencySpec agency : scenario.response().agencies()) {
            double callS = agency.countryCode().equals("UA") ? CALL_UA_S : CALL_MD_S;
            for (UnitSpec group : agency.units()) {
                for (String unitId : UnitRoster.unitIds(group)) {
                    playUnit(unitId, group.type(), agency, callS, k++);
                }
            }
        }
        events.add(new HazardEstimated(CALL_UA_S + 900, "cmd-ua", "UA", HAZARD, "AEGL-2", 2400, false));
        events.add(new HazardEstimated(CALL_UA_S + 2400, "det-mp", "UA", HAZARD, "AEGL-2", 3150, true));
        events.add(new CordonSet(CALL_UA_S + 1800, "pol-mp-1", "UA", HAZARD, 500, 2000));
        events.add(new RespondersInjured(2900, "fire-mp-2", "UA", 2, "admitted"));
        playPatients();
    }

    /**
     * A unit's day: called out and sent after a staggered delay, on the road for its distance, then its kind's work on
     * scene; ambulances shuttle patients to hospital and back; units that finish return and are available again.
     */
    private void playUnit(String unitId, UnitType type, AgencySpec agency, double callS, int k) {
        String country = agency.countryCode();
        double dispatchS = callS + 60 + (k % 7) * 150 + (k / 7) * 420;
        double roadM = 3000 + 1700 * (k % 5) + random.nextInt(1500);
        double arriveS = dispatchS + 80 + roadM / 16.0;
        events.add(new UnitDispatched(dispatchS, unitId, type, agency.id(), country, SCENE, roadM));
        List<Object[]> tasks = new ArrayList<>();
        tasks.add(new Object[]{dispatchS, UnitTask.CALLED_OUT});
        tasks.add(new Object[]{dispatchS + 80, UnitTask.EN_ROUTE});
        events.add(new UnitOnScene(arriveS, unitId, type, country, SCENE, arriveS - callS));
        double t = arriveS;
        switch (type) {
            case COMMAND -> tasks.add(new Object[]{t, UnitTask.SIZE_UP});
            case POLICE -> tasks.add(new Object[]{t, UnitTask.CORDON});
            case DETECTION -> {
                tasks.add(new Object[]{t, UnitTask.DETECTION});
                tasks.add(new Object[]{t + 5400, UnitTask.RETURNING});
                tasks.add(new Object[]{t + 6600, UnitTask.AVAILABLE});
            }
            case DECONTAMINATION, HAZMAT -> {
                tasks.add(new Object[]{t, UnitTask.SIZE_UP});
                tasks.add(new Object[]{t + 1200, UnitTask.DECONTAMINATION});
                events.add(new DeconOpened(t + 1200, unitId, country, SCENE));
                tasks.add(new Object[]{t + 4 * 3600, UnitTask.RETURNING});
                tasks.add(new Object[]{t + 4 * 3600 + 1500, UnitTask.AVAILABLE});
            }
            case FIRE_ENGINE -> {
                tasks.add(new Object[]{t, UnitTask.SIZE_UP});
                tasks.add(new Object[]{t + 600, UnitTask.RESCUE});
                tasks.add(new Object[]{t + 600 + 1800, UnitTask.DECONTAMINATION});
                tasks.add(new Object[]{t + 600 + 1800 + 600, UnitTask.RESCUE});
                tasks.add(new Object[]{t + 3 * 3600, UnitTask.RETURNING});
                tasks.add(new Object[]{t + 3 * 3600 + 1200, UnitTask.AVAILABLE});
            }
            default -> {
                while (t < END_S - 3600) {
                    tasks.add(new Object[]{t, UnitTask.TRIAGE});
                    tasks.add(new Object[]{t + 600, UnitTask.TREATMENT});
                    tasks.add(new Object[]{t + 1500, UnitTask.TRANSPORT});
                    tasks.add(new Object[]{t + 1500 + 1800, UnitTask.RETURNING});
                    t += 1500 + 1800 + 1500;
                }
                tasks.add(new Object[]{t, UnitTask.AVAILABLE});
            }
        }
        for (Object[] task : tasks) {
            events.add(new UnitTaskStarted((double) task[0], unitId, country, (UnitTask) task[1],
                    task[1] == UnitTask.EN_ROUTE || task[1] == UnitTask.RETURNING ? "" : SCENE));
        }
        List<double[]> busy = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i)[1] != UnitTask.AVAILABLE) {
                double endS = i + 1 < tasks.size() ? (double) tasks.get(i + 1)[0] : END_S;
                busy.add(new double[]{(double) tasks.get(i)[0], endS});
            }
        }
        busyIntervals.put(unitId, busy);
    }

    /** 300 patients triaged from T+00:40, most transported and admitted, a few dying before care or in hospital. */
    private void playPatients() {
        TriageCategory[] categories = {TriageCategory.IMMEDIATE, TriageCategory.DELAYED, TriageCategory.DELAYED,
                TriageCategory.MINOR, TriageCategory.MINOR, TriageCategory.MINOR};
        for (int p = 0; p < 300; p++) {
            String patient = "p" + (1000 + 37 * p);
            String country = p % 4 == 3 ? "MD" : "UA";
            TriageCategory category = categories[p % categories.length];
            double triagedS = 2400 + 40.0 * p;
            String hospital = HOSPITALS.get(p % 3);
            events.add(new PatientTriaged(triagedS, "amb-mp-" + (1 + p % 6), country, patient, category, SCENE));
            if (p % 50 == 7) {
                events.add(new PatientDied(triagedS + 900, SCENE, country, patient, false));
                continue;
            }
            boolean self = p % 10 == 9;
            if (!self) {
                events.add(new PatientTransported(triagedS + 1500, "amb-mp-" + (1 + p % 6), country, patient, category,
                        hospital));
            }
            double admittedS = triagedS + (self ? 1200 : 3300);
            events.add(new PatientAdmitted(admittedS, hospital, country, patient, category,
                    category == TriageCategory.IMMEDIATE ? HospitalWard.ICU : HospitalWard.ED, !self));
            if (p % 75 == 0) {
                events.add(new PatientDied(admittedS + 7200, hospital, country, patient, true));
            }
        }
        events.add(new HospitalTierChanged(9000, HOSPITALS.get(1), "MD", SurgeTier.CONTINGENCY, 310));
        events.add(new HospitalTierChanged(12_000, HOSPITALS.get(1), "MD", SurgeTier.CRISIS, 352));
        events.add(new HospitalDiverted(12_500, HOSPITALS.get(1), "MD", "p5001", HOSPITALS.get(2)));
        events.add(new HospitalDiverted(13_000, HOSPITALS.get(1), "MD", "p5002", ""));
    }

    /** The time series the integrator writes, consistent with the events. */
    private TimeSeries timeSeries() {
        List<String> names = new ArrayList<>(List.of("units_busy", "units_available"));
        List<UnitType> types = List.of(UnitType.values());
        types.forEach(type -> names.add("units_busy_" + type.yamlName()));
        List<String> deconLines = List.of("decon-mp-1", "decon-mp-2", "hazmat-vin", "decon-md");
        names.add("decon_queue");
        deconLines.forEach(line -> names.add("decon_queue_" + line));
        for (TriageCategory category : TriageCategory.values()) {
            names.add("patients_" + category.label());
        }
        for (String hospital : HOSPITALS) {
            for (String tier : List.of("occupied", "conventional", "contingency", "crisis")) {
                names.add("hospital_" + tier + "_" + hospital);
            }
        }
        TimeSeries series = new TimeSeries(names);
        UnitRoster roster = UnitRoster.of(scenario);
        for (double tS = 0; tS <= END_S; tS += STEP_S) {
            List<Double> row = new ArrayList<>();
            Map<UnitType, Integer> busyByType = new LinkedHashMap<>();
            int busy = 0;
            for (Map.Entry<String, List<double[]>> unit : busyIntervals.entrySet()) {
                double now = tS;
                if (unit.getValue().stream().anyMatch(i -> i[0] <= now && now < i[1])) {
                    busy++;
                    busyByType.merge(roster.type(unit.getKey()).orElseThrow(), 1, Integer::sum);
                }
            }
            row.add((double) busy);
            row.add((double) (busyIntervals.size() - busy));
            types.forEach(type -> row.add((double) busyByType.getOrDefault(type, 0)));
            double[] queues = new double[deconLines.size()];
            for (int i = 0; i < queues.length; i++) {
                double openS = 3000 + 600 * i + (i == 3 ? 1200 : 0);
                double age = (tS - openS) / 60;
                queues[i] = age < 0 ? 0 : Math.max(0, Math.round((25 + 8 * i) * age / 40 * Math.exp(1 - age / 40)));
            }
            row.add(java.util.Arrays.stream(queues).sum());
            for (double queue : queues) {
                row.add(queue);
            }
            double arrived = logistic(tS, 5400, 1200);
            double[] share = {0.15, 0.3, 0.5, 0.03, 0.02};
            double[] stayS = {7200, 10_800, 3600, 14_400, 1e9};
            for (int c = 0; c < share.length; c++) {
                row.add((double) Math.round(300 * share[c] * (arrived - logistic(tS - stayS[c], 5400, 1200))));
            }
            double[] conventional = {200, 240, 96};
            double[] extra = {40, 140, 20};
            for (int h = 0; h < HOSPITALS.size(); h++) {
                double surgeS = 3 * 3600;
                double crisis = conventional[h] * (tS < surgeS ? 1.3 : 1.5);
                row.add((double) Math.round(conventional[h] * 0.8 + extra[h] * logistic(tS, 7200 + 1800 * h, 1500)));
                row.add(conventional[h]);
                row.add(Math.round(conventional[h] * 1.18) * 1.0);
                row.add((double) Math.round(crisis));
            }
            series.append(tS, row.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return series;
    }

    private static double logistic(double tS, double midS, double scaleS) {
        return 1 / (1 + Math.exp(-(tS - midS) / scaleS));
    }
}
