package org.cbrnsim.population;

import java.util.Objects;

/**
 * One warning channel: the share of residents it can reach and the Weibull delay of receipt after
 * the warning is issued (exercise-and-response.md §4.6: Weibull receipt, shape ≈ 1.5–2, scale about
 * 10 min for sirens and cell broadcast, 60 min door to door).
 *
 * @param kind   the channel
 * @param reach  probability that a resident of a warned place can be reached (0–1)
 * @param shape  Weibull shape k (&gt; 0)
 * @param scaleS Weibull scale (s, &gt; 0)
 */
public record WarningChannel(ChannelKind kind, double reach, double shape, double scaleS) {

    /** Requires a kind, reach in [0, 1] and positive shape and scale. */
    public WarningChannel {
        Objects.requireNonNull(kind, "kind");
        if (!(reach >= 0 && reach <= 1)) {
            throw new IllegalArgumentException(kind.id() + " reach must lie in [0, 1], got " + reach);
        }
        if (!(shape > 0 && scaleS > 0 && Double.isFinite(shape) && Double.isFinite(scaleS))) {
            throw new IllegalArgumentException(kind.id() + " delay needs Weibull shape > 0 and scale > 0 s, got shape "
                    + shape + ", scale " + scaleS + " s");
        }
    }
}
