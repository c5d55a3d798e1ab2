package org.cbrnsim.response.units;

/**
 * Where a responder unit is in its cycle. A unit on scene always has a task (its {@link ResponseUnit#task()}), so
 * "on scene" and "busy with a task at the scene" are one state.
 */
public enum UnitState {
    /** At its station, free to be sent. */
    AT_STATION,
    /** Alarmed, crew turning out (and, for an on-call crew, coming in) before the unit leaves. */
    CALLED_OUT,
    /** Driving to where it was sent. */
    EN_ROUTE,
    /** Arrived where it was sent, working its task. */
    ON_SCENE,
    /** Carrying patients to a hospital, or handing them over there. */
    TRANSPORTING,
    /** Driving back to its station. */
    RETURNING;

    /** True only at the station: the one state in which dispatch may pick the unit. */
    public boolean isAvailable() {
        return this == AT_STATION;
    }
}
