package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AtmosphereTest {

    /** U.S. Standard Atmosphere 1976, Table I: sea-level density 1.2250 kg/m³ at 288.15 K and 101 325 Pa. */
    @Test
    void airDensityAtSeaLevelMatchesTheStandardAtmosphere() {
        assertEquals(1.2250, Atmosphere.of(3, StabilityClass.D, 0.03, 288.15).airDensityKgPerM3(), 5e-5);
    }

    /** ALOHA runs K1 (F, 1.5 m/s, 10 °C) and K2 (D, 5 m/s, 15 °C), open country: 0.92 and 3.97 m/s at 3 m. */
    @Test
    void transportWindOfAlohaRuns() {
        assertEquals(0.92, Atmosphere.of(1.5, StabilityClass.F, 0.03, 283.15).transportWindMps(0), 0.005);
        assertEquals(3.97, Atmosphere.of(5, StabilityClass.D, 0.03, 288.15).transportWindMps(0), 0.005);
    }

    @Test
    void obukhovLengthFollowsClassAndRoughness() {
        assertEquals(Double.POSITIVE_INFINITY, Atmosphere.of(5, StabilityClass.D, 0.03, 288.15).obukhovLengthM());
        assertTrue(Atmosphere.of(5, StabilityClass.B, 0.03, 288.15).obukhovLengthM() < 0);
    }

    @Test
    void windBelowOneMetrePerSecondIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Atmosphere.of(0.5, StabilityClass.F, 0.03, 288.15));
        assertEquals("wind speed at 10 m must be >= 1 m/s (the lower limit of ALOHA's models), got 0.5",
                e.getMessage());
    }

    @Test
    void inversionLidOnlyWithStableClasses() {
        Atmosphere night = Atmosphere.of(2, StabilityClass.F, 0.03, 283.15).withInversionHeightM(100);
        assertTrue(night.hasInversion());
        assertFalse(night.withInversionHeightM(Double.POSITIVE_INFINITY).hasInversion());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Atmosphere.of(5, StabilityClass.D, 0.03, 288.15).withInversionHeightM(100));
        assertEquals("an inversion lid is accepted only with stability class E or F (as in ALOHA),"
                + " got class D with a lid at 100.0 m", e.getMessage());
    }

    @Test
    void otherOutOfRangeValuesAreRejected() {
        Atmosphere a = Atmosphere.of(3, StabilityClass.E, 0.03, 288.15);
        assertThrows(IllegalArgumentException.class, () -> a.withInversionHeightM(0));
        assertThrows(IllegalArgumentException.class, () -> a.withPressurePa(0));
        assertThrows(IllegalArgumentException.class, () -> Atmosphere.of(3, StabilityClass.E, 0, 288.15));
        assertThrows(IllegalArgumentException.class, () -> Atmosphere.of(3, StabilityClass.E, 0.03, -1));
        assertThrows(IllegalArgumentException.class, () -> Atmosphere.of(3, null, 0.03, 288.15));
    }
}
