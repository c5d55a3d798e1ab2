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
    void richardsonHeightScaleFollowsAlohaForPointAndAreaSources() {
        InitialCloud point = new InitialCloud(3.0, 293.15, 0.070906, 0, 0);
        // H = √(E·π/(4·ρ·U10)) = √(2π/(4·3·5))
        assertEquals(Math.sqrt(2 * Math.PI / 60), point.richardsonHeightScaleM(2, 5), 1e-12);
        InitialCloud puddle = new InitialCloud(3.0, 293.15, 0.070906, 0, 10);
        // H = E/(ρ·U10·D) = 2/(3·5·10)
        assertEquals(2 / 150.0, puddle.richardsonHeightScaleM(2, 5), 1e-12);
    }

    @Test
    void anAerosolFractionOfOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new InitialCloud(3.0, 239, 0.070906, 1, 0));
    }
}
