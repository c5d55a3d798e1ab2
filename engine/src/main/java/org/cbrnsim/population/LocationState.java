package org.cbrnsim.population;

/** Where a resident is, which decides the air they breathe. Stored in {@link Residents#location}. */
public enum LocationState {
    /** In their building, breathing its indoor air (single-box model, {@link IndoorAir}). */
    INDOORS,
    /** In the open, breathing the outdoor concentration. */
    OUTDOORS,
    /** In a car, breathing the cabin air (single-box model with the vehicle's air exchange). */
    VEHICLE,
    /** Arrived at an evacuation destination, out of the hazard; no further exposure. */
    ARRIVED;

    /** The byte stored per resident. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The state stored as {@code code}. */
    public static LocationState of(byte code) {
        return values()[code];
    }
}
