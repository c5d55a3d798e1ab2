package org.cbrnsim.record;

import java.io.Serializable;

/**
 * Something that happened in a run, at an exact time. Every event has the columns of {@code events.csv}:
 * time (s after T0), a stable snake_case type name, the actor (agency, unit, authority; "" when none), the
 * country (ISO 3166 alpha-2; "" when none), the subject (hazard, place, area) and a human-readable detail.
 * Event types are records in this package; a new kind of event (inject, decision, request) is a new record
 * added to {@code permits}. Events are the one source of truth for charts, KPIs and the debrief (DESIGN.md).
 */
public sealed interface SimEvent extends Serializable
        permits ReleaseStarted, ReleaseEnded, WindChanged, WarningIssued, FirstWarned, ShelterOrdered,
                EvacuationStarted, EvacuationArrived, ThresholdFirstExceeded, FirstDeath, BorderCrossedByCloud,
                FirstCall, UnitDispatched, UnitOnScene, UnitTaskStarted, HazardEstimated, CordonSet, DeconOpened,
                PatientTriaged, PatientTransported, PatientAdmitted, PatientDied, HospitalTierChanged, HospitalDiverted,
                RespondersInjured {

    /** Time of the event (s after T0). */
    double tS();

    /** Stable type name, snake_case, as written in events.csv. */
    String type();

    /** Who acted; "" when nobody did. */
    default String actor() {
        return "";
    }

    /** ISO 3166 alpha-2 code of the country where it happened; "" when none. */
    String country();

    /** What the event is about (a hazard, place or area id). */
    String subject();

    /** A short human-readable description; numbers locale-independent, with units. */
    String detail();
}
