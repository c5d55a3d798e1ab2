package org.cbrnsim.response.scene;

/** The zones of a cordon: hot (the hazard area, entry only in protective equipment), warm (decontamination), cold. */
public enum Zone {
    HOT, WARM, COLD
}
