package org.cbrnsim.bench;

import org.cbrnsim.run.RunResult;
import org.cbrnsim.run.ScenarioRun;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Scale benchmark of the simulation (an evaluation command, not a test): the Dniester scenario with its
 * towns' populations multiplied so that 1,000,000 residents are simulated one agent each, over its 12 hours
 * at a 1-minute step. Prints the wall time of the run (loading and writing included) and the peak heap.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar org.cbrnsim.bench.MillionResidentsRun
 * scenarios/dniester-chlorine.yaml}
 */
public final class MillionResidentsRun {

    private static final int RESIDENTS = 1_000_000;

    private MillionResidentsRun() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "scenarios/dniester-chlorine.yaml");
        Scenario scenario = scaled(ScenarioLoader.require(file));
        Path out = Files.createTempDirectory("cbrnsim-bench");
        long start = System.nanoTime();
        RunResult result = ScenarioRun.run(scenario, 1, out, OptionalDouble.empty(), ProgressLine.disabled());
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        int residents = scenario.places().stream().mapToInt(PlaceSpec::population).sum();
        System.out.printf("residents %d, simulated %.0f h at %.0f s steps: wall %.1f s, peak heap %.0f MB, %s%n",
                residents, scenario.clock().endS() / 3600, scenario.clock().stepS(), seconds, peakHeap / 1048576.0,
                result.folder());
    }

    /** The scenario with every residential population multiplied by one factor so that the total is one million. */
    private static Scenario scaled(Scenario s) {
        int total = s.places().stream().mapToInt(PlaceSpec::population).sum();
        double factor = (double) RESIDENTS / total;
        List<PlaceSpec> places = s.places().stream().map(p -> p.population() == 0 ? p : new PlaceSpec(p.id(), p.name(),
                p.kind(), p.countryCode(), p.latDeg(), p.lonDeg(), (int) Math.round(p.population() * factor), p.radiusM(),
                p.buildings(), p.source())).toList();
        return new Scenario(s.format(), s.id() + "-million", s.name(), s.description(), s.sources(), s.exercise(),
                s.clock(), s.region(), places, s.roads(), s.weather(), s.hazards(), s.population(), s.response());
    }
}
