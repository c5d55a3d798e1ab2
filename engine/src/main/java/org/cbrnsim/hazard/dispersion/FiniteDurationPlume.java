package org.cbrnsim.hazard.dispersion;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.special.Erf;
import org.cbrnsim.hazard.source.ReleaseStep;

/**
 * The cloud of a release made of steady steps, each step a steady plume of finite duration (Palazzi, De Faveri,
 * Fumarola &amp; Ferraiolo 1982, "Diffusion from a steady source of short duration", Atmos. Environ.
 * 16:2785–2790), superposed as ALOHA does (ALOHA 5.4.4 Technical Documentation, Jones et al. 2013, §4.3). A step
 * of rate Q<sub>i</sub> from t<sub>s</sub> to t<sub>e</sub> gives, with τ = t − t<sub>s</sub> and
 * t<sub>r</sub> = t<sub>e</sub> − t<sub>s</sub>,
 * <pre>
 *   C(x,y,z,t) = Q<sub>i</sub>·(χ/Q)(x,y,z) / 2 · [erf((x − U·max(0, τ − t<sub>r</sub>))/(√2 σx)) − erf((x − U·τ)/(√2 σx))],  τ &gt; 0
 * </pre>
 * where χ/Q is the steady field ({@link SteadyPlumeField}), U its transport speed and σx the along-wind spread
 * at the receptor's distance (Beals 1971 in ALOHA). For τ &gt; t<sub>r</sub> this is ALOHA's form; for
 * τ ≤ t<sub>r</sub> Palazzi's (no mass upwind of the source). The field is the passive {@link GaussianPlume}
 * or, for a dense release, the steady Britter–McQuaid plume ({@code densegas.BritterMcQuaidSteadyField}): ALOHA smears
 * its heavy-gas plume in the same way (Tech Doc §4.4, dispersion.md §1.7). A dense field holds for one rate
 * only ({@link SteadyPlumeField#fixedRateKgPerS()}), so its release must be that one step.
 *
 * <p>At and upwind of the source (x ≤ 0; only a dense field has concentrations there) nothing travels and
 * nothing is smeared: the limit σx → 0, x → 0 of the bracket, i.e. the steady value while a step is on.
 *
 * <p>The peak at (x, y) is the maximum over t in [0, horizon] (ALOHA: the first hour). All steps share the
 * spatial factor χ/Q, so the peak time depends on x only. One step peaks at
 * t = t<sub>s</sub> + max(t<sub>r</sub>, x/U + t<sub>r</sub>/2), where C = χ·erf(U·t<sub>r</sub>/(2√2 σx))
 * when x/U ≥ t<sub>r</sub>/2; if that is later than the horizon the value at the horizon is taken (C rises
 * until its peak). For several steps the maximum is searched: candidates at each step's own peak and end
 * and on a uniform grid over the passage of the cloud (from 4 σx/U before the first arrival to 4 σx/U after
 * the last departure) with a spacing of half a time spread σx/U, or of 1/64 of that window if coarser (a
 * window of at most the hour holds steps of at least a minute, so every plateau gets a grid point), then
 * refined with Brent's method around the best candidate. For steps that do not overlap in time the smeared
 * peak never exceeds the steady value of the greatest step rate (the brackets of disjoint steps add up to at
 * most 2), and a single step's peak tends to it when t<sub>r</sub> ≫ σx/U.
 */
public final class FiniteDurationPlume implements ReleaseCloud {

    /** ALOHA's time horizon: a threat zone is where the LOC is exceeded during the first hour (s). */
    public static final double ALOHA_HORIZON_S = 3600;

    /** Spacing of the candidate grid, in time spreads σx/U, unless the window needs a coarser one. */
    private static final double GRID_STEP_IN_TIME_SPREADS = 0.5;
    /** The grid reaches this many grid steps (8 × 0.5 = 4 time spreads) before the first arrival and after the last departure. */
    private static final int GRID_MARGIN_IN_GRID_STEPS = 8;
    /**
     * At most this many grid intervals over the window: with the window at most the one-hour horizon and release
     * steps of at least a minute, every step's plateau still holds a grid point.
     */
    private static final int MAX_GRID_INTERVALS = 64;

    private final double[] startS;
    private final double[] endS;
    private final double[] rateKgPerS;
    private final SteadyPlumeField plume;
    private final AlongWindSpread alongWind;
    private final double receptorHeightM;
    private final double horizonS;
    /** Last peak effective rate, keyed by x: width searches ask for many y at one x. Immutable, so races are benign. */
    private volatile PeakAtDistance lastPeak;

    private record PeakAtDistance(double xM, double rateKgPerS) {
    }

    /**
     * @param steps           the steady steps of the release (at least one; exactly one, of the field's rate, when
     *                        the field holds for one rate only)
     * @param plume           steady field per unit rate: transport speed, spatial shape, highest receptor height
     * @param alongWind       σx(x) for the along-wind smearing
     * @param receptorHeightM height at which concentrations are wanted (m), between 0 and the field's highest receptor
     * @param horizonS        the peak is taken over t in [0, horizonS] (s), &gt; 0
     */
    public FiniteDurationPlume(List<ReleaseStep> steps, SteadyPlumeField plume, AlongWindSpread alongWind,
                               double receptorHeightM, double horizonS) {
        if (steps == null || steps.isEmpty()) {
            throw new IllegalArgumentException("a release cloud needs at least one release step, got none");
        }
        if (plume == null || alongWind == null) {
            throw new IllegalArgumentException("a finite-duration plume needs a steady plume and an along-wind spread");
        }
        plume.fixedRateKgPerS().ifPresent(rate -> requireOneStepOf(rate, steps));
        if (!(receptorHeightM >= 0) || receptorHeightM > plume.highestReceptorHeightM()) {
            throw new IllegalArgumentException("receptor height must lie between the ground and "
                    + plume.highestReceptorHeightM() + " m for this plume, got " + receptorHeightM + " m");
        }
        if (!(horizonS > 0) || Double.isInfinite(horizonS)) {
            throw new IllegalArgumentException("time horizon must be a finite value > 0 s, got " + horizonS);
        }
        this.startS = steps.stream().mapToDouble(ReleaseStep::startS).toArray();
        this.endS = steps.stream().mapToDouble(ReleaseStep::endS).toArray();
        this.rateKgPerS = steps.stream().mapToDouble(ReleaseStep::rateKgPerS).toArray();
        this.plume = plume;
        this.alongWind = alongWind;
        this.receptorHeightM = receptorHeightM;
        this.horizonS = horizonS;
    }

    /** As above with ALOHA's one-hour horizon. */
    public FiniteDurationPlume(List<ReleaseStep> steps, SteadyPlumeField plume, AlongWindSpread alongWind,
                               double receptorHeightM) {
        this(steps, plume, alongWind, receptorHeightM, ALOHA_HORIZON_S);
    }

    private static void requireOneStepOf(double rateKgPerS, List<ReleaseStep> steps) {
        if (steps.size() != 1 || Math.abs(steps.get(0).rateKgPerS() - rateKgPerS) > 1e-12 * rateKgPerS) {
            throw new IllegalArgumentException("a plume built for one rate (" + rateKgPerS
                    + " kg/s) needs one release step of that rate, got " + steps);
        }
    }

    @Override
    public double concentrationKgPerM3(double xM, double yM, double tS) {
        return plume.concentrationPerRate(xM, yM, receptorHeightM) * effectiveRateKgPerS(xM, tS);
    }

    @Override
    public double peakKgPerM3(double xM, double yM) {
        PeakAtDistance peak = lastPeak;
        if (peak == null || peak.xM() != xM) {
            peak = new PeakAtDistance(xM, peakEffectiveRateKgPerS(xM));
            lastPeak = peak;
        }
        return plume.concentrationPerRate(xM, yM, receptorHeightM) * peak.rateKgPerS();
    }

    @Override
    public String modelName() {
        return plume.name() + "; finite duration: Palazzi et al. (1982) along-wind smearing, σx: " + alongWind.name();
    }

    /** Time horizon of {@link #peakKgPerM3} (s). */
    public double horizonS() {
        return horizonS;
    }

    /** Receptor height of the concentrations (m). */
    public double receptorHeightM() {
        return receptorHeightM;
    }

    /**
     * The emission rate (kg/s) which, in the steady plume, would give the concentration seen at distance
     * {@code xM} at time {@code tS}: the sum over the steps of the bracketed term of the class comment times
     * Q<sub>i</sub>/2; at x ≤ 0 the sum of the rates of the steps on at t.
     */
    double effectiveRateKgPerS(double xM, double tS) {
        if (xM <= 0) {
            return rateOnKgPerS(tS);
        }
        double u = plume.transportSpeedMps();
        double scale = Math.sqrt(2) * alongWind.sigmaXM(xM);
        double sum = 0;
        for (int i = 0; i < rateKgPerS.length; i++) {
            double tau = tS - startS[i];
            if (tau <= 0) {
                continue;
            }
            double durationS = endS[i] - startS[i];
            double front = (xM - u * tau) / scale;
            double back = (xM - u * Math.max(0, tau - durationS)) / scale;
            sum += 0.5 * rateKgPerS[i] * Erf.erf(front, back);
        }
        return sum;
    }

    /** Sum of the rates of the steps on at t, start excluded, end included (kg/s). */
    private double rateOnKgPerS(double tS) {
        double sum = 0;
        for (int i = 0; i < rateKgPerS.length; i++) {
            if (tS > startS[i] && tS <= endS[i]) {
                sum += rateKgPerS[i];
            }
        }
        return sum;
    }

    /**
     * Greatest {@link #effectiveRateKgPerS} over t in [0, horizon] at distance {@code xM}. At x ≤ 0 the sum of
     * the steps on is piecewise constant and each of its plateaus ends at some step's end, so the ends (or the
     * horizon) are the only candidates.
     */
    double peakEffectiveRateKgPerS(double xM) {
        if (xM <= 0) {
            double best = 0;
            for (double end : endS) {
                best = Math.max(best, rateOnKgPerS(Math.min(end, horizonS)));
            }
            return best;
        }
        double u = plume.transportSpeedMps();
        if (rateKgPerS.length == 1) {
            double durationS = endS[0] - startS[0];
            double peakS = startS[0] + Math.max(durationS, xM / u + durationS / 2);
            return effectiveRateKgPerS(xM, Math.min(peakS, horizonS));
        }
        double timeSpreadS = alongWind.sigmaXM(xM) / u;
        double gridS = GRID_STEP_IN_TIME_SPREADS * timeSpreadS;
        List<Double> candidates = candidateTimes(xM / u, gridS);
        double bestS = horizonS;
        double best = effectiveRateKgPerS(xM, bestS);
        for (double t : candidates) {
            double value = effectiveRateKgPerS(xM, t);
            if (value > best) {
                best = value;
                bestS = t;
            }
        }
        double lo = Math.max(0, bestS - gridS);
        double hi = Math.min(horizonS, bestS + gridS);
        if (hi > lo) {
            BrentOptimizer brent = new BrentOptimizer(1e-10, 1e-9 * Math.max(1, horizonS));
            double refined = brent.optimize(new MaxEval(200), GoalType.MAXIMIZE,
                    new UnivariateObjectiveFunction(t -> effectiveRateKgPerS(xM, t)),
                    new SearchInterval(lo, hi, bestS)).getValue();
            best = Math.max(best, refined);
        }
        return best;
    }

    /** Candidate times of the maximum within [0, horizon]; see the class comment. */
    private List<Double> candidateTimes(double travelS, double gridS) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < rateKgPerS.length; i++) {
            double durationS = endS[i] - startS[i];
            times.add(startS[i] + Math.max(durationS, travelS + durationS / 2));
            times.add(endS[i]);
        }
        double fromS = Math.max(0, startS[0] + travelS - GRID_MARGIN_IN_GRID_STEPS * gridS);
        double toS = Math.min(horizonS, endS[endS.length - 1] + travelS + GRID_MARGIN_IN_GRID_STEPS * gridS);
        double spacingS = Math.max(gridS, (toS - fromS) / MAX_GRID_INTERVALS);
        for (double t = fromS; t <= toS; t += spacingS) {
            times.add(t);
        }
        times.removeIf(t -> !(t >= 0 && t <= horizonS));
        return times;
    }
}
