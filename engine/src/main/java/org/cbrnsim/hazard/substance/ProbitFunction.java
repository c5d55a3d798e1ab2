package org.cbrnsim.hazard.substance;

import java.util.Objects;

/**
 * A lethality probit Y = a + b·ln(Cⁿ·t), C in {@code concentrationUnit}, t in minutes, as
 * published in a named coefficient set (dispersion.md §5.2: TNO Purple Book CPR 18E Table 5.2
 * with C in mg/m³; Lees 2005 / HSE OSD/30 Table 2 with C in ppm). Never mix the units of two sets.
 *
 * @param setName           the coefficient set, e.g. "TNO Purple Book (CPR 18E) Table 5.2"
 * @param a                 constant a
 * @param b                 slope b (> 0)
 * @param n                 concentration exponent n (> 0)
 * @param concentrationUnit unit of C in this set; t is always in minutes
 * @param source            where the constants come from
 */
public record ProbitFunction(String setName, double a, double b, double n, ConcentrationUnit concentrationUnit,
                             String source) {

    /** Requires b, n > 0 and named set, unit and source. */
    public ProbitFunction {
        Objects.requireNonNull(setName, "setName");
        Objects.requireNonNull(concentrationUnit, "concentrationUnit");
        Objects.requireNonNull(source, "source");
        if (!(b > 0 && n > 0 && Double.isFinite(a))) {
            throw new IllegalArgumentException("probit needs finite a and b, n > 0, got a=" + a + " b=" + b + " n=" + n);
        }
    }

    /**
     * The toxic load Cⁿ·t of a constant exposure, C in this set's unit, t in minutes
     * (TNO Purple Book CPR 18E §5.2.2).
     */
    public double toxicLoad(double concentration, double durationMin) {
        if (!(concentration >= 0 && durationMin >= 0)) {
            throw new IllegalArgumentException("concentration and duration must be >= 0, got "
                    + concentration + " " + concentrationUnit.symbol() + " for " + durationMin + " min");
        }
        return Math.pow(concentration, n) * durationMin;
    }

    /** The probit Y = a + b·ln(load) of a toxic load in (this set's unit)ⁿ·min; −∞ for no load. */
    public double probit(double toxicLoad) {
        if (!(toxicLoad >= 0)) {
            throw new IllegalArgumentException("toxic load must be >= 0, got " + toxicLoad);
        }
        return a + b * Math.log(toxicLoad);
    }
}
