package org.cbrnsim.response.scene;

/** Told when rescuers bring a casualty out of the hot zone to the access point, at the exact time. */
@FunctionalInterface
public interface CasualtyBroughtOut {

    /** {@code casualty} reached the access point at {@code tS}, carried by a pair of {@code unitId}. */
    void broughtOut(RescueCasualty casualty, String unitId, double tS);
}
