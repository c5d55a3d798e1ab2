package org.cbrnsim.scenario;

/**
 * How fast outdoor air replaces the air inside an enclosure (the λ of the single-zone box model
 * dC<sub>in</sub>/dt = λ (C<sub>out</sub> − C<sub>in</sub>), exercise-and-response.md §4.5), in air
 * changes per second.
 *
 * @param normalPerS with windows and ventilation as usual (1/s, &gt; 0)
 * @param sealedPerS sealed for shelter-in-place, ventilation off (1/s, &gt; 0, at most the normal rate)
 */
public record AirExchange(double normalPerS, double sealedPerS) {

    /** @throws IllegalArgumentException for a rate not above 0, or sealing that raises the rate */
    public AirExchange {
        Check.positive("normal air exchange", normalPerS, "1/s");
        Check.positive("sealed air exchange", sealedPerS, "1/s");
        if (sealedPerS > normalPerS) {
            throw new IllegalArgumentException("sealed air exchange (" + sealedPerS
                    + " 1/s) must not exceed the normal one (" + normalPerS + " 1/s)");
        }
    }

    /** From air changes per hour, as the ACH tables give them. */
    public static AirExchange perHour(double normalAch, double sealedAch) {
        return new AirExchange(normalAch / 3600, sealedAch / 3600);
    }
}
