package org.cbrnsim.viz.run;

import java.util.Objects;

/**
 * One row of a run's {@code events.csv}: something that happened, at an exact time.
 *
 * @param tS      seconds after T0
 * @param clock   local clock time as written by the run, e.g. "2026-03-14T03:00:00+02:00"
 * @param type    stable snake_case type, e.g. "warning_issued"
 * @param actor   who acted ("" when nobody did)
 * @param country ISO 3166 alpha-2 code where it happened ("" when none)
 * @param subject what it is about (a hazard, place or area id; may be "")
 * @param detail  a short human-readable description (may be "")
 */
public record RunEvent(double tS, String clock, String type, String actor, String country, String subject,
                       String detail) {

    public RunEvent {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        if (!Double.isFinite(tS)) {
            throw new IllegalArgumentException("event time must be a finite number of seconds, got " + tS);
        }
    }
}
