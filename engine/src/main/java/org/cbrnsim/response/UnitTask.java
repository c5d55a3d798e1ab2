package org.cbrnsim.response;

/** What a responder unit is doing; each value begins a bar of the unit's Gantt chart. */
public enum UnitTask {
    CALLED_OUT, EN_ROUTE, SIZE_UP, DETECTION, CORDON, RESCUE, DECONTAMINATION, TRIAGE, TREATMENT, TRANSPORT,
    RETURNING, AVAILABLE;

    /** The spelling in events.csv, e.g. "en-route". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
