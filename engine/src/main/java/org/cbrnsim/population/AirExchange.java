package org.cbrnsim.population;

/**
 * Air changes per hour of one building class (or a vehicle), normal and sealed.
 *
 * @param normalPerH ACH with normal ventilation (1/h, &gt; 0)
 * @param sealedPerH ACH when sealed: windows and doors shut, HVAC off (1/h, &gt; 0, ≤ normal)
 */
public record AirExchange(double normalPerH, double sealedPerH) {

    private static final double SECONDS_PER_HOUR = 3600.0;

    /** Requires 0 &lt; sealed ≤ normal, both finite. */
    public AirExchange {
        if (!(sealedPerH > 0 && sealedPerH <= normalPerH && Double.isFinite(normalPerH))) {
            throw new IllegalArgumentException("air exchange needs 0 < sealed <= normal /h, got normal "
                    + normalPerH + " /h, sealed " + sealedPerH + " /h");
        }
    }

    /** λ in 1/s, sealed or normal. */
    public double perS(boolean sealed) {
        return (sealed ? sealedPerH : normalPerH) / SECONDS_PER_HOUR;
    }
}
