package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InitialCloudTest {

    @Test
    void pureVapourDensityMatchesTheReferenceNotes() {
        // substances.md §10: pure vapour at 20 °C and 1 atm, chlorine 2.948 and ammonia 0.708 kg/m³
        assertEquals(2.948, new ContinuousRelease(1, 60, 0.070906).initialCloud(293.15, 101_325).densityKgPerM3(), 5e-4);
        assertEquals(0.708, new InstantaneousRelease(1, 0.017031).initialCloud(293.15, 101_325).densityKgPerM3(), 5e-4);
    }

    @Test
    void anAerosolFractionOfOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InitialCloud(3.0, 239, 0.070906, 1, 0));
    }
}
