package org.cbrnsim.hazard.source;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Summarises a time-varying release as a few steady steps, conserving mass exactly.
 *
 * <p>Method (this project's choice; ALOHA's own averaging is not published in reproducible detail):
 * the step boundaries are placed at equal fractions of the released mass (equal-mass steps), so the
 * steps are short where the rate is high and the peak rate survives the averaging; each step's rate
 * is its exact mass divided by its length. A step shorter than one minute is merged with its
 * neighbour, because ALOHA reports rates "averaged over a minute or more" (ALOHA example scenarios,
 * as transcribed in HAZEL's tests [S]), and neighbouring steps of equal rate are merged. A constant
 * release therefore gives one step.
 */
public final class StepAveraging {

    /** Shortest step kept (s): ALOHA averages release rates over at least one minute. */
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
        double[] boundariesS = new double[maxSteps + 1];
        boundariesS[maxSteps] = endS;
        BrentSolver solver = new BrentSolver(SOLVER_ABSOLUTE_ACCURACY_S);
        for (int k = 1; k < maxSteps; k++) {
            double targetKg = totalKg * k / maxSteps;
            boundariesS[k] = totalKg == 0 ? endS * k / maxSteps : solver.solve(MAX_SOLVER_EVALUATIONS,
                    t -> source.releasedMassKg(t) - targetKg, boundariesS[k - 1], endS);
        }
        List<double[]> spans = new ArrayList<>();
        for (int k = 1; k <= maxSteps; k++) {
            if (boundariesS[k] > boundariesS[k - 1]) {
                spans.add(new double[] {boundariesS[k - 1], boundariesS[k]});
            }
        }
        mergeShortSpans(spans);
        return mergeEqualRates(source, spans);
    }

    /** {@code maxSteps}, if it is ≥ 1; otherwise an IllegalArgumentException. */
    static int requireStepCount(int maxSteps) {
        if (maxSteps < 1) {
            throw new IllegalArgumentException("number of release steps must be >= 1, got " + maxSteps);
        }
        return maxSteps;
    }

    private static void mergeShortSpans(List<double[]> spans) {
        int i = 0;
        while (spans.size() > 1 && i < spans.size()) {
            double[] span = spans.get(i);
            if (span[1] - span[0] >= MIN_STEP_S) {
                i++;
            } else if (i + 1 < spans.size()) {
                spans.get(i + 1)[0] = span[0];
                spans.remove(i);
            } else {
                spans.get(i - 1)[1] = span[1];
                spans.remove(i);
            }
        }
    }

    private static List<ReleaseStep> mergeEqualRates(ReleaseSource source, List<double[]> spans) {
        List<ReleaseStep> steps = new ArrayList<>();
        for (double[] span : spans) {
            ReleaseStep step = stepOver(source, span[0], span[1]);
            int last = steps.size() - 1;
            if (last >= 0 && sameRate(steps.get(last).rateKgPerS(), step.rateKgPerS())) {
                steps.set(last, stepOver(source, steps.get(last).startS(), step.endS()));
            } else {
                steps.add(step);
            }
        }
        return List.copyOf(steps);
    }

    private static ReleaseStep stepOver(ReleaseSource source, double startS, double endS) {
        double massKg = source.releasedMassKg(endS) - source.releasedMassKg(startS);
        return new ReleaseStep(startS, endS, Math.max(0, massKg) / (endS - startS));
    }

    private static boolean sameRate(double aKgPerS, double bKgPerS) {
        return Math.abs(aKgPerS - bKgPerS) <= EQUAL_RATE_RELATIVE_TOLERANCE * Math.max(aKgPerS, bKgPerS);
    }
}
