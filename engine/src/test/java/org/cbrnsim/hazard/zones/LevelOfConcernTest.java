package org.cbrnsim.hazard.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LevelOfConcernTest {

    @Test
    void chlorineAegl3AtTwentyFiveCelsius() {
        // dispersion.md §2.1: ppm = mg/m³ × 24.45 / MW at 25 °C and 1 atm; Cl2 (70.906 g/mol) 20 ppm → 58.00 mg/m³
        LevelOfConcern loc = LevelOfConcern.fromPpm(20, 0.070906, 298.15);
        assertEquals(20 * 70.906 / 24.465, loc.kgPerM3() * 1e6, 0.01);
        assertEquals(58.0, loc.kgPerM3() * 1e6, 0.05);
    }

    @Test
    void molarVolumeAtZeroCelsiusIs22414Litres() {
        LevelOfConcern loc = LevelOfConcern.fromPpm(1e6, 0.022414, 273.15);
        assertEquals(1.0, loc.kgPerM3(), 1e-5);
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> LevelOfConcern.fromPpm(0, 0.017, 288));
        assertThrows(IllegalArgumentException.class, () -> LevelOfConcern.fromPpm(10, 0.017, -5));
    }
}
