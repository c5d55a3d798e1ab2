package org.cbrnsim.hazard.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Summarises a time-varying release as a few steady steps, conserving mass exactly.
 *
 * <p>Method (this project's choice; ALOHA's own averaging is not published in reproducible detail):
 * equal-mass steps with a one-minute floor. Going forward in time, each step ends where it holds an
 * equal share of the mass still to come, but lasts at least one minute, because ALOHA reports rates
 * "averaged over a minute or more" (ALOHA example scenarios, as transcribed in HAZEL's tests [S]);
 * a remainder shorter than a minute joins the last step. Steps are thus short where the rate is high,
 * so the peak survives the averaging. Each step's rate is its exact mass over its length, and
 * neighbouring steps of equal rate are merged, so a constant release gives one step.
 */
public final class StepAveraging {

    /** Shortest step (s): ALOHA averages release rates over at least one minute. */
    public static final double MIN_STEP_S = 60;

    private static final double SOLVER_ABSOLUTE_ACCURACY_S = 1e-6;
    private static final double EQUAL_RATE_RELATIVE_TOLERANCE = 1e-9;
    private static final int MAX_SOLVER_EVALUATIONS = 200;

    private StepAveraging() {
    }

    /**
     * Equal-mass steps of {@code source} over [0, min(horizonS, duration)].
     *
     * @param maxSteps at most this many steps (≥ 1)
     * @param horizonS averaging horizon (s, &gt; 0)
     */
    public static List<ReleaseStep> equalMass(ReleaseSource source, int maxSteps, double horizonS) {
        requireStepCount(maxSteps);
        Require.positive("averaging horizon", horizonS, "s");
        double endS = Math.min(horizonS, Require.positive("release duration", source.durationS(), "s"));
        double totalKg = source.releasedMassKg(endS);
        BrentSolver solver = new BrentSolver(SOLVER_ABSOLUTE_ACCURACY_S);
        List<ReleaseStep> steps = new ArrayList<>();
        double startS = 0;
        for (int left = maxSteps; left >= 1 && startS < endS; left--) {
            double releasedKg = source.releasedMassKg(startS);
            double targetKg = releasedKg + (totalKg - releasedKg) / left;
            double boundaryS = left == 1 ? endS : solver.solve(MAX_SOLVER_EVALUATIONS,
                    t -> source.releasedMassKg(t) - targetKg, startS, endS);
            boundaryS = Math.max(boundaryS, startS + MIN_STEP_S);
            if (endS - boundaryS < MIN_STEP_S) {
                boundaryS = endS;
            }
            addMerging(steps, stepOver(source, startS, boundaryS));
            startS = boundaryS;
        }
        return List.copyOf(steps);
    }

    /** {@code maxSteps}, if it is ≥ 1; otherwise an IllegalArgumentException. */
    static int requireStepCount(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("number of release steps must be >= 1, got " + maxSteps);
        }
        return maxSteps;
    }

    /** Appends {@code step}, or widens the last step over it when their rates are equal. */
    private static void addMerging(List<ReleaseStep> steps, ReleaseStep step) {
        int last = steps.size() - 1;
        if (last >= 0 && sameRate(steps.get(last).rateKgPerS(), step.rateKgPerS())) {
            ReleaseStep previous = steps.get(last);
            steps.set(last, new ReleaseStep(previous.startS(), step.endS(),
                    (previous.massKg() + step.massKg()) / (step.endS() - previous.startS())));
        } else {
            steps.add(step);
        }
    }

    private static ReleaseStep stepOver(ReleaseSource source, double startS, double endS) {
        double massKg = source.releasedMassKg(endS) - source.releasedMassKg(startS);
        return new ReleaseStep(startS, endS, Math.max(0, massKg) / (endS - startS));
    }

    private static boolean sameRate(double aKgPerS, double bKgPerS) {
        return Math.abs(aKgPerS - bKgPerS) <= EQUAL_RATE_RELATIVE_TOLERANCE * Math.max(aKgPerS, bKgPerS);
    }
}
