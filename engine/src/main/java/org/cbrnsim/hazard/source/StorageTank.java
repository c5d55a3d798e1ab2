package org.cbrnsim.hazard.source;

/**
 * A tank or rail tank car of pressurised liquefied gas, as the flashing release needs it.
 *
 * @param inventoryKg  liquid mass in the tank (kg, &gt; 0)
 * @param temperatureK storage temperature (K); the storage pressure is the saturation pressure at it
 * @param liquidHeadM  height of liquid above the hole (m, ≥ 0), held constant as the tank drains
 */
public record StorageTank(double inventoryKg, double temperatureK, double liquidHeadM) {

    public StorageTank {
        Require.positive("tank inventory", inventoryKg, "kg");
        Require.positive("storage temperature", temperatureK, "K");
        Require.nonNegative("liquid head above the hole", liquidHeadM, "m");
    }
}
