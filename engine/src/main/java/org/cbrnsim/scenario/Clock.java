package org.cbrnsim.scenario;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The scenario's time frame: T0 as a local time with its UTC offset, the end and the physics step,
 * both in seconds after T0.
 *
 * @param start T0
 * @param endS  how long the scenario runs after T0 (s, &gt; 0)
 * @param stepS the fixed step of the physical world (s, &gt; 0, at most {@code endS})
 */
public record Clock(OffsetDateTime start, double endS, double stepS) {

    /** @throws IllegalArgumentException when the end is not after T0 or the step does not fit in it */
    public Clock {
        Objects.requireNonNull(start, "start");
        Check.positive("clock end", endS, "s");
        Check.positive("clock step", stepS, "s");
        if (stepS > endS) {
            throw new IllegalArgumentException("clock step (" + stepS + " s) must not exceed the end (" + endS + " s)");
        }
    }

    /** The local time {@code tS} seconds after T0, in T0's offset. */
    public OffsetDateTime at(double tS) {
        return start.plusNanos(Math.round(tS * 1e9));
    }
}
