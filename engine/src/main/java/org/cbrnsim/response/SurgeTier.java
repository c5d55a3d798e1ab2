package org.cbrnsim.response;

/** A hospital's surge capacity tier (Hick et al. 2009 [S121]): conventional, contingency, crisis. */
public enum SurgeTier {
    CONVENTIONAL, CONTINGENCY, CRISIS;

    /** The spelling in events.csv, e.g. "contingency". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
