package org.cbrnsim.response;

/** Where a hospital takes a patient in: the emergency department, a ward bed or intensive care. */
public enum HospitalWard {
    ED, WARD, ICU;

    /** The spelling in events.csv, e.g. "icu". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
