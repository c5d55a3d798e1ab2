package org.cbrnsim.population;

/** A resident's protective action once warned. Stored in {@link Residents#decision}. */
public enum Decision {
    /** Not warned yet (or warned in a later step than the last behaviour phase). */
    UNDECIDED,
    /** Warned, but takes no protective action. */
    NO_ACTION,
    /** Shelters in place: goes indoors and seals the building. */
    SHELTER,
    /** Evacuates after a preparation delay, by car or on foot. */
    EVACUATE;

    /** The byte stored per resident. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The decision stored as {@code code}. */
    public static Decision of(byte code) {
        return values()[code];
    }
}
