package org.cbrnsim.population;

/**
 * How fast outdoor air replaces the air inside a building or vehicle: the λ of the single-box model
 * dC<sub>in</sub>/dt = λ (C<sub>out</sub> − C<sub>in</sub>) (exercise-and-response.md §4.5), normal and
 * sealed, in air changes per second.
 *
 * @param normalPerS with windows and ventilation as usual (1/s, &gt; 0)
 * @param sealedPerS sealed for shelter-in-place: windows and doors shut, ventilation off (1/s, &gt; 0, ≤ normal)
 */
public record AirExchange(double normalPerS, double sealedPerS) {

    private static final double SECONDS_PER_HOUR = 3600.0;

    /** Requires 0 &lt; sealed ≤ normal, both finite. */
    public AirExchange {
        if (!(sealedPerS > 0 && sealedPerS <= normalPerS && Double.isFinite(normalPerS))) {
            throw new IllegalArgumentException("air exchange needs 0 < sealed <= normal 1/s, got normal "
                    + normalPerS + " 1/s, sealed " + sealedPerS + " 1/s");
        }
    }

    /** From air changes per hour (ACH), as the tables give them. */
    public static AirExchange perHour(double normalAch, double sealedAch) {
        return new AirExchange(normalAch / SECONDS_PER_HOUR, sealedAch / SECONDS_PER_HOUR);
    }

    /** λ in 1/s, sealed or normal. */
    public double perS(boolean sealed) {
        return sealed ? sealedPerS : normalPerS;
    }
}
