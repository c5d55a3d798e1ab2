package org.cbrnsim.scenario;

import java.util.Objects;
import org.cbrnsim.population.ChannelKind;

/**
 * A warning channel: the share of residents it can reach and the Weibull-distributed delay between the
 * authorities' warning and a person receiving it (exercise-and-response.md §4.6).
 *
 * @param kind          the channel
 * @param reach         share of residents the channel can reach (0–1)
 * @param weibullShape  Weibull shape k (&gt; 0)
 * @param weibullScaleS Weibull scale λ (s, &gt; 0)
 */
public record ChannelSpec(ChannelKind kind, double reach, double weibullShape, double weibullScaleS) {

    /** @throws IllegalArgumentException for a reach outside 0–1 or a shape or scale not above 0 */
    public ChannelSpec {
        Objects.requireNonNull(kind, "kind");
        Check.fraction("channel reach", reach);
        Check.positive("Weibull shape", weibullShape, "");
        Check.positive("Weibull scale", weibullScaleS, "s");
    }
}
