package org.cbrnsim.bench;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.BealsAlongWindSpread;
import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.cbrnsim.hazard.zones.ThreatZoneFinder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;

/**
 * Threat-zone computations per second: chlorine, 2 kg/s for 10 min (one step) or a five-step
 * source, ALOHA sigmas, three levels of concern (AEGL-3/2/1 at 60 min: 20, 2, 0.5 ppm).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThreatZoneBenchmark {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;
    private static final double AIR_K = 288.15;

    @Param({"1", "5"})
    public int steps;

    @Param({"D", "F"})
    public String stability;

    private FiniteDurationPlume cloud;
    private List<LevelOfConcern> levels;
    private final ThreatZoneFinder finder = new ThreatZoneFinder();

    @Setup
    public void setUp() {
        StabilityClass s = StabilityClass.parse(stability);
        double stepS = 600.0 / steps;
        List<ReleaseStep> release = new java.util.ArrayList<>();
        for (int i = 0; i < steps; i++) {
            release.add(new ReleaseStep(i * stepS, (i + 1) * stepS, 2.0 * (steps - i) / steps));
        }
        GaussianPlume plume = new GaussianPlume(1.0, 3.0, SigmaSets.named("aloha", s, 0.03));
        cloud = new FiniteDurationPlume(release, plume, new BealsAlongWindSpread(s), 0.0);
        levels = List.of(LevelOfConcern.fromPpm(20, CHLORINE_KG_PER_MOL, AIR_K),
                LevelOfConcern.fromPpm(2, CHLORINE_KG_PER_MOL, AIR_K),
                LevelOfConcern.fromPpm(0.5, CHLORINE_KG_PER_MOL, AIR_K));
    }

    /** One threat-zone computation: lengths, half-widths and footprints of three levels. */
    @Benchmark
    public List<ThreatZone> threeZones() {
        return finder.find(cloud, levels);
    }
}
