package org.cbrnsim.viz.report;

import java.util.Objects;

/**
 * One row of a run's {@code events.csv} as the report reads it.
 *
 * @param tS      time (s after T0)
 * @param type    the event type, e.g. "warning_issued"
 * @param actor   who acted ("" when nobody)
 * @param country ISO 3166 alpha-2 code ("" when none)
 * @param subject what it is about ("" when nothing)
 * @param detail  the human-readable detail
 */
public record RunEvent(double tS, String type, String actor, String country, String subject, String detail) {

    public RunEvent {
        if (!(tS >= 0) || Double.isInfinite(tS)) {
            throw new IllegalArgumentException("event time must be a finite number >= 0 s, got " + tS);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
