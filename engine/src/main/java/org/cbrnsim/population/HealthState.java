package org.cbrnsim.population;

/**
 * A person's worst health outcome so far, never improving during a run; stored in {@link Residents#health}.
 * The rules that set it are in {@link HealthUpdate} and {@link OutcomeLadder}: {@link #SOUGHT_CARE} (symptoms
 * that send a person to a doctor or an emergency department, then home), {@link #ADMITTED} (admitted to
 * hospital), {@link #ICU} (intensive care), {@link #DEAD} (by the lethality probit).
 */
public enum HealthState {
    NONE,
    SOUGHT_CARE,
    ADMITTED,
    ICU,
    DEAD;

    /** The byte stored per resident. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The state stored as {@code code}. */
    public static HealthState of(byte code) {
        return values()[code];
    }
}
