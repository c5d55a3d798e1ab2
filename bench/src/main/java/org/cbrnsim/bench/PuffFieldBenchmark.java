package org.cbrnsim.bench;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.GaussianPuffField;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;

/**
 * Concentration evaluations per second of the Gaussian puff model: a cloud of puffs emitted for
 * an hour in a wind that turns, sampled at many receptors spread over the region. One operation
 * is one receptor evaluated against the whole puff field.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PuffFieldBenchmark {

    private static final int RECEPTORS = 10_000;

    @Param({"60", "600"})
    public int puffs;

    private GaussianPuffField field;
    private final double[] xs = new double[RECEPTORS];
    private final double[] ys = new double[RECEPTORS];
    private final double[] out = new double[RECEPTORS];

    @Setup
    public void setUp() {
        field = new GaussianPuffField(SigmaSets.named("aloha", StabilityClass.D, 0.03));
        double dtS = 3600.0 / puffs;
        for (int i = 0; i < puffs; i++) {
            double headingRad = Math.toRadians(20.0 * i / puffs);
            field.advance(dtS, 3.0 * Math.cos(headingRad), 3.0 * Math.sin(headingRad));
            field.emit(2.0 * dtS, dtS, 1, 0, 0, 1, 3.0 * Math.cos(headingRad), 3.0 * Math.sin(headingRad));
        }
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < RECEPTORS; i++) {
            xs[i] = random.nextDouble(-2_000, 12_000);
            ys[i] = random.nextDouble(-4_000, 8_000);
        }
    }

    /** Concentrations at 10 000 receptors (counted as 10 000 operations). */
    @Benchmark
    @OperationsPerInvocation(RECEPTORS)
    public double[] receptors() {
        field.concentrationsAt(xs, ys, 1.5, out);
        return out;
    }
}
