package org.cbrnsim.hazard.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A release whose rate follows a given time series of (t, rate) points, e.g. from a tank or field
 * record. The gas enters the air at ambient temperature. The series starts at t = 0 and ends at its
 * last point.
 */
public final class RateSeriesRelease extends AmbientGasRelease {

    /** How the rate runs between two points. */
    public enum Interpolation {
        /** Each point's rate holds until the next point; the last point only marks the end. */
        STEP,
        /** The rate varies linearly between neighbouring points. */
        LINEAR
    }

    /**
     * One point of the series.
     *
     * @param tS         time after the release began (s, ≥ 0)
     * @param rateKgPerS emission rate at that time (kg/s, ≥ 0)
     */
    public record RatePoint(double tS, double rateKgPerS) {
        public RatePoint {
            Require.nonNegative("rate point time", tS, "s");
            Require.nonNegative("rate point rate", rateKgPerS, "kg/s");
        }
    }

    private final List<RatePoint> points;
    private final Interpolation interpolation;
    /** Mass released by each point (kg), for exact cumulative masses. */
    private final double[] cumulativeKg;

    /**
     * @param points            at least two points, the first at t = 0, times strictly increasing
     * @param interpolation     how the rate runs between points
     * @param molarMassKgPerMol molar mass of the gas (kg/mol, &gt; 0)
     */
    public RateSeriesRelease(List<RatePoint> points, Interpolation interpolation, double molarMassKgPerMol) {
        super(molarMassKgPerMol);
        if (points.size() < 2 || points.get(0).tS() != 0) {
            throw new IllegalArgumentException("a rate series needs at least two points, the first at t = 0 s, got "
                    + points);
        }
        for (int i = 1; i < points.size(); i++) {
            if (!(points.get(i).tS() > points.get(i - 1).tS())) {
                throw new IllegalArgumentException("rate series times must increase strictly, got "
                        + points.get(i - 1).tS() + " s then " + points.get(i).tS() + " s");
            }
        }
        this.points = List.copyOf(points);
        this.interpolation = interpolation;
        this.cumulativeKg = new double[points.size()];
        for (int i = 1; i < points.size(); i++) {
            cumulativeKg[i] = cumulativeKg[i - 1] + massWithin(i - 1, points.get(i).tS());
        }
        Require.positive("mass released by the rate series", cumulativeKg[points.size() - 1], "kg");
    }

    @Override
    public double rateKgPerS(double tS) {
        if (tS < 0 || tS >= durationS()) {
            return 0;
        }
        int i = segmentOf(tS);
        RatePoint a = points.get(i);
        if (interpolation == Interpolation.STEP) {
            return a.rateKgPerS();
        }
        RatePoint b = points.get(i + 1);
        return a.rateKgPerS() + (b.rateKgPerS() - a.rateKgPerS()) * (tS - a.tS()) / (b.tS() - a.tS());
    }

    @Override
    public double durationS() {
        return points.get(points.size() - 1).tS();
    }

    @Override
    public double releasedMassKg(double tS) {
        if (tS <= 0) {
            return 0;
        }
        if (tS >= durationS()) {
            return cumulativeKg[points.size() - 1];
        }
        int i = segmentOf(tS);
        return cumulativeKg[i] + massWithin(i, tS);
    }

    /**
     * A STEP series with no more pieces than {@code maxSteps} inside the horizon is returned piece by
     * piece, exactly; any other series is averaged by {@link StepAveraging#equalMass}.
     */
    @Override
    public List<ReleaseStep> averagedSteps(int maxSteps, double horizonS) {
        StepAveraging.requireStepCount(maxSteps);
        Require.positive("averaging horizon", horizonS, "s");
        double endS = Math.min(horizonS, durationS());
        int pieces = segmentOf(Math.nextDown(endS)) + 1;
        if (interpolation == Interpolation.LINEAR || pieces > maxSteps) {
            return StepAveraging.equalMass(this, maxSteps, horizonS);
        }
        List<ReleaseStep> steps = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            double pieceEndS = Math.min(points.get(i + 1).tS(), endS);
            steps.add(new ReleaseStep(points.get(i).tS(), pieceEndS, points.get(i).rateKgPerS()));
        }
        return List.copyOf(steps);
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "rate series of %d points (%s) over %.4g s, %.4g kg",
                points.size(), interpolation.name().toLowerCase(Locale.ROOT), durationS(), airborneMassKg());
    }

    /** Index i of the segment [t_i, t_i+1) holding tS, for 0 ≤ tS &lt; duration. */
    private int segmentOf(double tS) {
        int i = 0;
        while (points.get(i + 1).tS() <= tS) {
            i++;
        }
        return i;
    }

    /** Mass released in segment i between its start and tS (exact for both interpolations). */
    private double massWithin(int i, double tS) {
        RatePoint a = points.get(i);
        double dt = tS - a.tS();
        if (interpolation == Interpolation.STEP) {
            return a.rateKgPerS() * dt;
        }
        RatePoint b = points.get(i + 1);
        double slope = (b.rateKgPerS() - a.rateKgPerS()) / (b.tS() - a.tS());
        return a.rateKgPerS() * dt + 0.5 * slope * dt * dt;
    }
}
