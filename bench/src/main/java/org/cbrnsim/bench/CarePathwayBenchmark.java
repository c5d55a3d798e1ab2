package org.cbrnsim.bench;

import ec.util.MersenneTwisterFast;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.HospitalWard;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.care.CareSite;
import org.cbrnsim.response.care.DeconLine;
import org.cbrnsim.response.care.Deterioration;
import org.cbrnsim.response.care.Hospital;
import org.cbrnsim.response.care.HospitalNetwork;
import org.cbrnsim.response.care.Patient;
import org.cbrnsim.response.care.TravelTime;
import org.cbrnsim.response.care.TriagePoint;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.SimulationClock;
import org.cbrnsim.sim.SimulationModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The care layer's cost: {@code patients} casualties hurt in the first hour (5 % ICU, 25 % admitted, 70 %
 * sought care) go through a triage point (60 officers, 3 600 patients an hour), 24 decontamination lines (default stations and times:
 * 2 880 walking people an hour in all) and on by road to eight hospitals of 1 000 beds, with deterioration
 * running, over 48 simulated hours at a 1-minute step on a bare {@link ExerciseSimulation}. Enough lines that
 * most walking patients are through within START's tolerable delays; stretcher cases queue for the single
 * non-ambulatory lane of each line and many die waiting. One operation is one whole run; {@link #bareSimulation} is the same clock with
 * nobody in it, the cost the care layer adds to is the difference.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CarePathwayBenchmark {

    private static final SimulationClock CLOCK =
            new SimulationClock(OffsetDateTime.parse("2026-03-14T02:40+02:00"), 60, 48 * 3600);
    private static final ResponseParameters DEFAULTS = ResponseParameters.defaults();
    private static final TravelTime ROAD = (from, to) -> from.distanceToM(to) / 12;
    private static final LocalPoint CCP = new LocalPoint(500, 0);
    private static final CareSite SCENE = CareSite.at("scene");
    private static final int DECON_LINES = 24;
    private static final int HOSPITALS = 8;
    private static final int TRIAGE_OFFICERS = 60;

    @Param({"10000"})
    public int patients;

    /** Runs the pathway; returns the patients admitted, so that nothing is optimised away. */
    @Benchmark
    public long pathway() {
        long[] admitted = {0};
        new ExerciseSimulation(1, CLOCK, pathwayModel(admitted)).run();
        return admitted[0];
    }

    /** The same clock and phases with no model in them. */
    @Benchmark
    public double bareSimulation() {
        ExerciseSimulation sim = new ExerciseSimulation(1, CLOCK, s -> { });
        sim.run();
        return sim.schedule.getTime();
    }

    private SimulationModel pathwayModel(long[] admitted) {
        int count = patients;
        return sim -> {
            ResponseEvents log = new ResponseEvents() {
                @Override
                public void patientAdmitted(double tS, String hospitalId, String country, String patientId,
                                            TriageCategory category, HospitalWard ward, boolean decontaminated) {
                    admitted[0]++;
                }
            };
            Deterioration clocks = new Deterioration(DEFAULTS.triage(), sim.events(), log);
            List<Hospital> hospitals = new ArrayList<>();
            for (int i = 0; i < HOSPITALS; i++) {
                hospitals.add(new Hospital(new HospitalSpec("h" + i, 1000, 100, 60, 0.8, ""), "UA",
                        new LocalPoint(4000 + 3000 * i, 1000 * i), DEFAULTS.hospitals(), clocks, sim.events(), log));
            }
            HospitalNetwork network = new HospitalNetwork(hospitals, ROAD, log);
            DeconLine.Listener toHospital = (p, t) -> network.choose(p, CCP, t).ifPresent(h -> {
                p.moveTo(CareSite.at("ambulance"));
                sim.events().at(t + ROAD.seconds(CCP, h.position()), arrive -> {
                    if (!p.isDead()) {
                        network.deliver(p, h, arrive);
                    }
                });
            });
            List<DeconLine> lines = new ArrayList<>();
            for (int i = 0; i < DECON_LINES; i++) {
                DeconLine line = new DeconLine("decon-" + i, "UA", "ccp", DEFAULTS.decon(),
                        sim.random("response.decon-" + i), sim.events(), log, toHospital);
                line.open(600);
                lines.add(line);
            }
            int[] next = {0};
            TriagePoint[] point = new TriagePoint[1];
            point[0] = new TriagePoint("amb-1", "ccp", "UA", TRIAGE_OFFICERS, DEFAULTS.triage(), clocks, (p, t) -> 1800,
                    sim.events(), log, (p, category, first, t) -> {
                        if (first) {
                            point[0].remove(p);
                            lines.get(next[0]++ % lines.size()).arrive(p, t);
                        }
                    });
            MersenneTwisterFast random = sim.random("bench.casualties");
            for (int i = 0; i < count; i++) {
                double u = random.nextDouble();
                HealthState severity = u < 0.05 ? HealthState.ICU : u < 0.30 ? HealthState.ADMITTED
                        : HealthState.SOUGHT_CARE;
                double injuredS = 3600 * random.nextDouble();
                Patient p = new Patient(i, "UA", new LocalPoint(2000 * random.nextDouble(), 0), severity, injuredS,
                        true, SCENE);
                sim.events().at(injuredS, t -> {
                    clocks.start(p, t);
                    point[0].arrive(p, t);
                });
            }
        };
    }
}
