package org.cbrnsim.population;

/**
 * A resident's injury severity, never decreasing during a run. Stored in {@link Residents#health}.
 * The rules that set it are in {@link HealthUpdate}: {@link #LIGHT} when AEGL-2 is exceeded,
 * {@link #MODERATE} when AEGL-3 is exceeded, {@link #SEVERE} at the HSE SLOT toxic load (about 1 %
 * lethality), {@link #DEAD} by the lethality probit.
 */
public enum HealthState {
    NO_INJURY,
    LIGHT,
    MODERATE,
    SEVERE,
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
