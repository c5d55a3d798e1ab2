package org.cbrnsim.response.scene;

import java.util.Locale;

/** The zones of a cordon: hot (the hazard area, entry only in protective equipment), warm (decontamination), cold. */
public enum Zone {
    HOT, WARM, COLD;

    /** The spelling in events and metrics, e.g. "hot". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
