package org.cbrnsim.hazard.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Finds the threat zones of a release cloud, ALOHA-style (ALOHA 5.4.4 Technical Documentation, Jones et
 * al. 2013; NOAA "Toxic Levels of Concern"): for each level of concern (up to three), the region where the
 * cloud's peak ground concentration {@link ReleaseCloud#peakKgPerM3} reaches the level.
 *
 * <p>Method. The centreline peak is sampled on a logarithmic grid from {@value #NEAREST_M} m to the length cap
 * ({@value #SAMPLES_PER_DECADE} points per decade) and its maximum refined with Brent's method, so that an
 * elevated source whose ground maximum lies downwind is handled; the zone's far end is the root (Brent) between
 * the last sample at or above the level and the next one, its near end the root before the first such sample
 * (0 when the level is reached at the first sample). If the level is still reached at the cap (default 10 km,
 * ALOHA's display limit) the length is the cap and the zone is flagged. The crosswind half-width is found by
 * root-finding in y at {@value #PROFILE_SAMPLES} distances (denser near the ends), its greatest value refined
 * with Brent's method, and the footprint is the polygon through the half-width profile, mirrored about the axis.
 *
 * <p>Limitation: should the centreline fall below the level somewhere between the near and far ends (not the
 * case for a Gaussian or dense-gas plume over flat ground), the footprint bridges that gap.
 */
public final class ThreatZoneFinder {

    /** ALOHA does not display threat zones longer than 10 km (m). */
    public static final double ALOHA_LENGTH_CAP_M = 10_000;
    /** Most levels of concern per call, as in ALOHA (red, orange, yellow). */
    public static final int MAX_LEVELS = 3;

    static final double NEAREST_M = 1.0;
    static final int SAMPLES_PER_DECADE = 40;
    static final int PROFILE_SAMPLES = 64;

    private static final double DISTANCE_ACCURACY_M = 1e-3;
    private static final int MAX_EVALUATIONS = 500;
    private static final int MAX_DOUBLINGS = 60;

    private final double lengthCapM;
    private final GeometryFactory geometry = new GeometryFactory();

    /** A finder with ALOHA's 10 km cap. */
    public ThreatZoneFinder() {
        this(ALOHA_LENGTH_CAP_M);
    }

    /** A finder that stops at {@code lengthCapM} (m), &gt; {@value #NEAREST_M} m. */
    public ThreatZoneFinder(double lengthCapM) {
        if (!(lengthCapM > NEAREST_M) || Double.isInfinite(lengthCapM)) {
            throw new IllegalArgumentException("zone length cap must be a finite value > " + NEAREST_M + " m, got " + lengthCapM);
        }
        this.lengthCapM = lengthCapM;
    }

    /** The zones of up to three levels of concern, in the order given. */
    public List<ThreatZone> find(ReleaseCloud cloud, List<LevelOfConcern> levels) {
        if (levels == null || levels.isEmpty() || levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException("expected 1 to " + MAX_LEVELS + " levels of concern, got "
                    + (levels == null ? 0 : levels.size()));
        }
        Centreline centreline = centreline(cloud);
        List<ThreatZone> zones = new ArrayList<>();
        for (LevelOfConcern level : levels) {
            zones.add(zone(cloud, centreline, level));
        }
        return List.copyOf(zones);
    }

    /** The zone of one level of concern. */
    public ThreatZone find(ReleaseCloud cloud, LevelOfConcern level) {
        if (cloud == null || level == null) {
            throw new IllegalArgumentException("a threat zone needs a release cloud and a level of concern");
        }
        return zone(cloud, centreline(cloud), level);
    }

    /**
     * The peak concentration along the plume axis on the log grid, and its refined maximum: computed once
     * per cloud and shared by all its levels of concern.
     */
    private record Centreline(double[] xs, double[] peaks, double xPeak, double peakKgPerM3) {
    }

    private Centreline centreline(ReleaseCloud cloud) {
        DoubleUnaryOperator peak = x -> cloud.peakKgPerM3(x, 0);
        double[] xs = logGrid();
        double[] peaks = new double[xs.length];
        int top = 0;
        for (int i = 0; i < xs.length; i++) {
            peaks[i] = peak.applyAsDouble(xs[i]);
            if (peaks[i] > peaks[top]) {
                top = i;
            }
        }
        UnivariatePointValuePair maximum = maximise(peak, xs[Math.max(0, top - 1)], xs[Math.min(xs.length - 1, top + 1)], xs[top]);
        boolean refined = maximum.getValue() >= peaks[top];
        return new Centreline(xs, peaks, refined ? maximum.getPoint() : xs[top],
                refined ? maximum.getValue() : peaks[top]);
    }

    private ThreatZone zone(ReleaseCloud cloud, Centreline line, LevelOfConcern level) {
        double loc = level.kgPerM3();
        DoubleUnaryOperator excess = x -> cloud.peakKgPerM3(x, 0) - loc;
        double[] xs = line.xs();
        double xPeak = line.xPeak();
        if (line.peakKgPerM3() < loc) {
            return new ThreatZone(level, 0, 0, 0, geometry.createPolygon(), false);
        }
        double[] values = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            values[i] = line.peaks()[i] - loc;
        }

        int first = xs.length;
        int last = -1;
        for (int i = 0; i < xs.length; i++) {
            if (values[i] >= 0) {
                first = Math.min(first, i);
                last = i;
            }
        }
        double farIn = last >= 0 ? Math.max(xs[last], xPeak) : xPeak;
        double nearIn = last >= 0 ? Math.min(xs[first], xPeak) : xPeak;
        boolean capped = farIn >= lengthCapM;
        double endM = capped ? lengthCapM : root(excess, farIn, nextAbove(xs, farIn));
        double startM = nearIn <= xs[0] ? 0 : root(excess, previousBelow(xs, nearIn), nearIn);

        List<Coordinate> upper = halfWidthProfile(cloud, loc, startM, endM);
        double maxHalfWidthM = upper.stream().mapToDouble(c -> c.y).max().orElse(0);
        return new ThreatZone(level, startM, endM, maxHalfWidthM, footprint(upper), capped);
    }

    /** Points (x, half-width) from the near to the far end, the widest point refined. */
    private List<Coordinate> halfWidthProfile(ReleaseCloud cloud, double loc, double startM, double endM) {
        List<Coordinate> profile = new ArrayList<>();
        DoubleUnaryOperator halfWidth = x -> halfWidthM(cloud, loc, x);
        int widest = 0;
        for (int k = 0; k <= PROFILE_SAMPLES; k++) {
            double x = startM + (endM - startM) * (1 - Math.cos(Math.PI * k / PROFILE_SAMPLES)) / 2;
            double w = (k == 0 || k == PROFILE_SAMPLES) ? 0 : halfWidth.applyAsDouble(x);
            profile.add(new Coordinate(x, w));
            if (w > profile.get(widest).y) {
                widest = k;
            }
        }
        if (widest > 0) {
            UnivariatePointValuePair best = maximise(halfWidth, profile.get(widest - 1).x, profile.get(widest + 1).x,
                    profile.get(widest).x);
            if (best.getValue() > profile.get(widest).y) {
                int at = best.getPoint() < profile.get(widest).x ? widest : widest + 1;
                profile.add(at, new Coordinate(best.getPoint(), best.getValue()));
            }
        }
        return profile;
    }

    /** Crosswind half-width (m) where the peak falls to the level at distance x; 0 if the centreline is below it. */
    private static double halfWidthM(ReleaseCloud cloud, double loc, double xM) {
        DoubleUnaryOperator excess = y -> cloud.peakKgPerM3(xM, y) - loc;
        if (excess.applyAsDouble(0) < 0) {
            return 0;
        }
        double inside = 0;
        double outside = 1;
        for (int n = 0; excess.applyAsDouble(outside) >= 0; n++) {
            if (n == MAX_DOUBLINGS) {
                throw new IllegalStateException("no crosswind edge of the zone found at x = " + xM + " m");
            }
            inside = outside;
            outside *= 2;
        }
        return root(excess, inside, outside);
    }

    /** The footprint: the upper profile, then its mirror image back to the start. */
    private Polygon footprint(List<Coordinate> upper) {
        List<Coordinate> ring = new ArrayList<>();
        Coordinate start = upper.get(0);
        Coordinate end = upper.get(upper.size() - 1);
        ring.add(new Coordinate(start.x, 0));
        upper.stream().filter(c -> c.y > 0).forEach(ring::add);
        ring.add(new Coordinate(end.x, 0));
        for (int k = upper.size() - 1; k >= 0; k--) {
            if (upper.get(k).y > 0) {
                ring.add(new Coordinate(upper.get(k).x, -upper.get(k).y));
            }
        }
        ring.add(new Coordinate(start.x, 0));
        if (ring.size() < 4 || end.x <= start.x) {
            return geometry.createPolygon();
        }
        return geometry.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private double[] logGrid() {
        int n = (int) Math.ceil(Math.log10(lengthCapM / NEAREST_M) * SAMPLES_PER_DECADE);
        double[] xs = new double[n + 1];
        for (int i = 0; i < n; i++) {
            xs[i] = NEAREST_M * Math.pow(lengthCapM / NEAREST_M, (double) i / n);
        }
        xs[n] = lengthCapM;
        return xs;
    }

    private static double nextAbove(double[] xs, double x) {
        for (double xi : xs) {
            if (xi > x) {
                return xi;
            }
        }
        throw new IllegalStateException("no grid point beyond " + x + " m");
    }

    private static double previousBelow(double[] xs, double x) {
        for (int i = xs.length - 1; i >= 0; i--) {
            if (xs[i] < x) {
                return xs[i];
            }
        }
        throw new IllegalStateException("no grid point before " + x + " m");
    }

    private static double root(DoubleUnaryOperator f, double lo, double hi) {
        return new BrentSolver(DISTANCE_ACCURACY_M).solve(MAX_EVALUATIONS, f::applyAsDouble, lo, hi);
    }

    private static UnivariatePointValuePair maximise(DoubleUnaryOperator f, double lo, double hi, double start) {
        BrentOptimizer brent = new BrentOptimizer(1e-8, DISTANCE_ACCURACY_M);
        return brent.optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MAXIMIZE,
                new UnivariateObjectiveFunction(f::applyAsDouble), new SearchInterval(lo, hi, start));
    }
}
