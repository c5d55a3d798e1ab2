package org.cbrnsim.hazard.densegas;

import java.util.List;

/**
 * The Britter &amp; McQuaid (1988) dense-gas correlations, <i>Workbook on the Dispersion of Dense
 * Gases</i>, HSE Contract Research Report 17/1988, in the piecewise-linear curve fits printed by CCPS
 * (1999), <i>Guidelines for Consequence Analysis of Chemical Releases</i>, §2.3.3 (the fits also used by
 * EPA's TSCREEN, EPA-454/B-94-023). Transcribed from {@code aefarrell/GasDispersion.jl},
 * {@code src/utils/britter_mcquaid_correls.jl} [S: the book itself was not readable here].
 *
 * <p>Each curve gives β = log<sub>10</sub>(x/L) at which the centreline dilution C* = C<sub>m</sub>/C<sub>0</sub>
 * reaches a fixed value, as a function of the source's buoyancy parameter α. For a continuous plume
 * L = D = (q<sub>0</sub>/u)<sup>1/2</sup> and α = ⅕·log<sub>10</sub>(g<sub>o</sub>²·q<sub>0</sub>/u⁵); for an
 * instantaneous puff L = V<sub>0</sub><sup>1/3</sup> and α = ½·log<sub>10</sub>(g<sub>o</sub>·V<sub>0</sub><sup>1/3</sup>/u²);
 * u is the wind speed at 10 m. The fits span α ≤ 1; beyond that the α = 1 curves are used (shorter
 * distances come with larger α, so this errs on the long side) and the profile says so.
 *
 * <p>Near the source, where C* exceeds the first curve, the near-source relation
 * C* = k/(k + (x/L)²) is used, k = 306 up to x/L = 30 for the plume and k = 3.24 for the puff, never
 * below the first curve's value, and joined to the first curve by interpolation. These two
 * relations are transcribed from GasDispersion.jl ({@code britter_mcquaid_plume.jl},
 * {@code britter_mcquaid_puff.jl}); their origin in the workbook was not seen here [S].
 */
public final class BritterMcQuaidCorrelation {

    /** Largest α covered by the curve fits. */
    public static final double MAX_ALPHA = 1.0;

    /** Continuous plume, C* = 0.1 … 0.002 (CCPS 1999 plume table; TSCREEN). */
    public static final BritterMcQuaidCorrelation CONTINUOUS = new BritterMcQuaidCorrelation(306.0, 30.0,
            List.of(
                    curve(0.10, seg(-0.55, 0, 1.75), seg(-0.14, 0.24, 1.88), seg(MAX_ALPHA, -0.50, 1.78)),
                    curve(0.05, seg(-0.68, 0, 1.92), seg(-0.29, 0.36, 2.16), seg(-0.18, 0, 2.06), seg(MAX_ALPHA, -0.56, 1.96)),
                    curve(0.02, seg(-0.69, 0, 2.08), seg(-0.31, 0.45, 2.39), seg(-0.16, 0, 2.25), seg(MAX_ALPHA, -0.54, 2.16)),
                    curve(0.01, seg(-0.70, 0, 2.25), seg(-0.29, 0.49, 2.59), seg(-0.20, 0, 2.45), seg(MAX_ALPHA, -0.52, 2.35)),
                    curve(0.005, seg(-0.67, 0, 2.40), seg(-0.28, 0.59, 2.80), seg(-0.15, 0, 2.63), seg(MAX_ALPHA, -0.48, 2.56)),
                    curve(0.002, seg(-0.69, 0, 2.60), seg(-0.25, 0.39, 2.87), seg(-0.13, 0, 2.77), seg(MAX_ALPHA, -0.50, 2.71))));

    /** Instantaneous puff, C* = 0.1 … 0.001 (CCPS 1999 puff table). */
    public static final BritterMcQuaidCorrelation INSTANTANEOUS = new BritterMcQuaidCorrelation(3.24, Double.POSITIVE_INFINITY,
            List.of(
                    curve(0.10, seg(-0.44, 0, 0.70), seg(0.43, 0.26, 0.81), seg(MAX_ALPHA, 0, 0.93)),
                    curve(0.05, seg(-0.56, 0, 0.85), seg(0.31, 0.26, 1.00), seg(MAX_ALPHA, -0.12, 1.12)),
                    curve(0.02, seg(-0.66, 0, 0.95), seg(0.32, 0.36, 1.19), seg(MAX_ALPHA, -0.26, 1.38)),
                    curve(0.01, seg(-0.71, 0, 1.15), seg(0.37, 0.34, 1.39), seg(MAX_ALPHA, -0.38, 1.66)),
                    curve(0.005, seg(-0.52, 0, 1.48), seg(0.24, 0.26, 1.62), seg(MAX_ALPHA, -0.30, 1.75)),
                    curve(0.002, seg(0.27, 0, 1.83), seg(MAX_ALPHA, -0.32, 1.92)),
                    curve(0.001, seg(-0.10, 0, 2.075), seg(MAX_ALPHA, -0.27, 2.05))));

    /** One straight piece β = slope·α + intercept, valid up to {@code alphaUpTo}. */
    private record Segment(double alphaUpTo, double slope, double intercept) {
    }

    /** The curve of one dilution ratio: consecutive segments in increasing α. */
    private record Curve(double ratio, List<Segment> segments) {
        double beta(double alpha) {
            for (Segment s : segments) {
                if (alpha <= s.alphaUpTo()) {
                    return s.slope() * alpha + s.intercept();
                }
            }
            throw new IllegalStateException("alpha " + alpha + " beyond the curve fit");
        }
    }

    private static Segment seg(double alphaUpTo, double slope, double intercept) {
        return new Segment(alphaUpTo, slope, intercept);
    }

    private static Curve curve(double ratio, Segment... segments) {
        return new Curve(ratio, List.of(segments));
    }

    private final double nearFieldCoefficient;
    private final double nearFieldLimit;
    private final List<Curve> curves;

    private BritterMcQuaidCorrelation(double nearFieldCoefficient, double nearFieldLimit,
            List<Curve> curves) {
        this.nearFieldCoefficient = nearFieldCoefficient;
        this.nearFieldLimit = nearFieldLimit;
        this.curves = curves;
    }

    /**
     * The centreline dilution profile C*(x/L) for a source with buoyancy parameter α.
     *
     * @param alpha α as defined in the class comment; must be finite
     */
    public BritterMcQuaidProfile profile(double alpha) {
        if (!Double.isFinite(alpha)) {
            throw new IllegalArgumentException("Britter-McQuaid alpha must be finite, got " + alpha);
        }
        double used = Math.min(alpha, MAX_ALPHA);
        double[] ratios = new double[curves.size()];
        double[] betas = new double[curves.size()];
        for (int i = 0; i < curves.size(); i++) {
            ratios[i] = curves.get(i).ratio();
            betas[i] = curves.get(i).beta(used);
            if (i > 0 && !(betas[i] > betas[i - 1])) {
                throw new IllegalStateException("curve fits cross at alpha " + used);
            }
        }
        return new BritterMcQuaidProfile(alpha, alpha > MAX_ALPHA, nearFieldCoefficient, nearFieldLimit, ratios, betas);
    }
}
