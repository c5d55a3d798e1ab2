package org.cbrnsim.hazard.timeline;

import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Wind-direction meander: the transport direction of the cloud wanders about the direction the weather
 * timeline gives, as an Ornstein–Uhlenbeck angle θ (casualty-mechanisms.md §4.4 item 5), so a release of
 * hours spreads its dose over a sector instead of one strip. θ has the stationary standard deviation
 * {@link #stationaryStdDeg} of the stability class in force and the correlation time
 * {@value #CORRELATION_TIME_S} s, and is advanced by the exact discretisation of the OU process
 * (Gillespie 1996, Phys. Rev. E 54:2084, eq. 1.8 with constant coefficients):
 * θ(t + Δt) = θ(t)·e^(−Δt/T) + σ·√(1 − e^(−2Δt/T))·N(0, 1). The first angle is drawn from the stationary
 * distribution N(0, σ²). The normal deviates come from the caller's own named stream.
 *
 * <p><b>σθ per class</b>: the representative values of NOAA ARL READY "Pasquill stability classes"
 * (after the NRC scheme), A 25°, B 20°, C 15°, D 10°, E 5°, F 2.5° (casualty-mechanisms.md §4.1 [V]), read
 * as one-hour values as in §4.2's example.
 *
 * <p><b>No double counting with σy.</b> The puffs keep the σy of their curve, which already holds the
 * crosswind spread seen over that curve's averaging time T<sub>c</sub>: 3 min for Briggs open-country σy
 * (which ALOHA keeps for all terrains), about 1 h for Briggs urban σy (ALOHA 5.4.4 Technical Documentation,
 * Jones et al. 2013, §4.3.1; dispersion.md §1.4 [S]), about 10 min for Pasquill–Gifford (Turner 1970
 * workbook; dispersion.md §2.6 row 3 and the 600 s of GasDispersion.jl's Pasquill–Gifford set, row 5 [K]). After Gifford's (1959) split of the total crosswind variance into relative
 * spread and meander, σ<sub>total</sub>² = σ<sub>relative</sub>² + σ<sub>meander</sub>², and with σθ growing
 * with averaging time as T^0.2 (CALPUFF's (AVET/PGTIME)^0.2 rule, casualty-mechanisms.md §4.2 [V], [D] for
 * σθ), the meander keeps only the part of the hourly variance the curve does not hold:
 * σ = σθ(class)·√(1 − (T<sub>c</sub>/1 h)^0.4). For ALOHA's 3-minute σy that is 0.836·σθ; for the
 * 1-hour urban σy it is 0, so that set gets no meander.
 *
 * <p><b>Correlation time</b>: CALPUFF's default Lagrangian time scale for σy, 617.284 s (MTAULY = 0, the
 * "Draxler default", casualty-mechanisms.md §4.3 [V]; equivalent to Draxler's 1976 T<sub>i</sub> = 1 000 s
 * in his f(t) = 1/(1 + 0.9·√(t/T<sub>i</sub>)) [D]).
 *
 * <p>The meander turns the wind of the whole field; the stand-alone threat zones ({@code hazard zones},
 * {@code hazard peak}) keep ALOHA's steady plume.
 */
public final class WindMeander {

    /** Correlation time T of the meander angle (s): CALPUFF's default Lagrangian time scale for σy. */
    public static final double CORRELATION_TIME_S = 617.284;
    /** Averaging time of the σθ values per class (s): one hour. */
    public static final double SIGMA_THETA_AVERAGING_S = 3600;
    /** Exponent of σθ's growth with averaging time (CALPUFF's 0.2 power). */
    private static final double AVERAGING_POWER = 0.2;
    /** Representative σθ (°) for classes A–F, NOAA ARL READY. */
    private static final double[] SIGMA_THETA_DEG = {25, 20, 15, 10, 5, 2.5};

    private final DoubleSupplier standardNormal;
    private final double curveAveragingS;
    private double angleDeg;
    private boolean started;

    /**
     * @param standardNormal  N(0, 1) deviates from the meander's own random stream, or null for no meander
     * @param curveAveragingS averaging time of the σy curves the puffs use (s), &gt; 0
     */
    public WindMeander(DoubleSupplier standardNormal, double curveAveragingS) {
        if (!(curveAveragingS > 0) || Double.isInfinite(curveAveragingS)) {
            throw new IllegalArgumentException("averaging time of the σy curves must be a finite value > 0 s, got "
                    + curveAveragingS);
        }
        this.standardNormal = standardNormal;
        this.curveAveragingS = curveAveragingS;
    }

    /** No meander: the wind keeps the direction of the weather timeline. */
    public static WindMeander none() {
        return new WindMeander(null, SIGMA_THETA_AVERAGING_S);
    }

    /**
     * The meander for puffs that grow along the named σ set ({@code aloha}, {@code briggs-rural},
     * {@code briggs-urban}, {@code pasquill-gifford}), drawing from {@code standardNormal}.
     */
    public static WindMeander forSigmaSet(String sigmaSet, DoubleSupplier standardNormal) {
        String key = sigmaSet == null ? "" : sigmaSet.trim().toLowerCase(Locale.ROOT);
        double averagingS = switch (key) {
            case "aloha", "briggs-rural" -> 180;
            case "briggs-urban" -> 3600;
            case "pasquill-gifford" -> 600;
            default -> throw new IllegalArgumentException("no averaging time known for the sigma set \"" + sigmaSet
                    + "\"");
        };
        return new WindMeander(standardNormal, averagingS);
    }

    /** Representative one-hour σθ (°) of a stability class (NOAA ARL READY). */
    public static double sigmaThetaDeg(StabilityClass stability) {
        return SIGMA_THETA_DEG[stability.ordinal()];
    }

    /** Stationary standard deviation (°) of the meander angle in {@code stability}: σθ·√(1 − (T_c/1 h)^0.4). */
    public double stationaryStdDeg(StabilityClass stability) {
        if (standardNormal == null) {
            return 0;
        }
        double heldByCurve = Math.pow(Math.min(1, curveAveragingS / SIGMA_THETA_AVERAGING_S), 2 * AVERAGING_POWER);
        return sigmaThetaDeg(stability) * Math.sqrt(1 - heldByCurve);
    }

    /**
     * Advances the angle over a step of {@code dtS} seconds under {@code stability} and returns it: the turn
     * (°, clockwise) of the transport direction for that step. The first call draws the starting angle.
     */
    public double stepDeg(double dtS, StabilityClass stability) {
        if (!(dtS >= 0) || Double.isInfinite(dtS)) {
            throw new IllegalArgumentException("time step must be a finite value >= 0 s, got " + dtS);
        }
        double sigmaDeg = stationaryStdDeg(stability);
        if (sigmaDeg == 0) {
            angleDeg = 0;
            return 0;
        }
        if (!started) {
            angleDeg = sigmaDeg * standardNormal.getAsDouble();
            started = true;
            return angleDeg;
        }
        double keep = Math.exp(-dtS / CORRELATION_TIME_S);
        angleDeg = angleDeg * keep + sigmaDeg * Math.sqrt(1 - keep * keep) * standardNormal.getAsDouble();
        return angleDeg;
    }
}
