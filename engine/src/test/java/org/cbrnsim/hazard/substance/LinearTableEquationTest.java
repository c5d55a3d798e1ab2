package org.cbrnsim.hazard.substance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Linear interpolation between published points, and nothing outside them. */
class LinearTableEquationTest {

    /** Chlorine liquid c_p from the VDI Heat Atlas table (S17), J/(kg·K), as in substances.yaml. */
    private static final LinearTableEquation CHLORINE = new LinearTableEquation(
            new double[] {217, 239.17, 267, 296}, new double[] {930, 940, 970, 1000});

    @Test
    void givesThePointsThemselvesAndStraightLinesBetween() {
        assertEquals(940, CHLORINE.valueSi(239.17), 1e-12);
        assertEquals(1000, CHLORINE.valueSi(296), 1e-12);
        // by hand, 20 °C: 970 + 30 · (293.15 − 267)/(296 − 267) = 997.05
        assertEquals(997.0517, CHLORINE.valueSi(293.15), 1e-4);
        // the library's Tb, 0.06 K below VDI's: 940 − 10 · 0.06/22.17
        assertEquals(939.9729, CHLORINE.valueSi(239.11), 1e-4);
        assertEquals(217, CHLORINE.firstTemperatureK());
        assertEquals(296, CHLORINE.lastTemperatureK());
    }

    @Test
    void refusesToExtrapolate() {
        assertEquals("a table cannot be extrapolated: 296.01 K is outside its points 217.00–296.00 K",
                assertThrows(IllegalArgumentException.class, () -> CHLORINE.valueSi(296.01)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CHLORINE.valueSi(216.99));
        assertThrows(IllegalArgumentException.class, () -> CHLORINE.valueSi(Double.NaN));
    }

    @Test
    void refusesMalformedTables() {
        assertEquals("a table needs at least two points [T, value], got 1",
                assertThrows(IllegalArgumentException.class,
                        () -> new LinearTableEquation(new double[] {296}, new double[] {1000})).getMessage());
        assertEquals("table temperatures must increase strictly, got 296.0 K then 296.0 K",
                assertThrows(IllegalArgumentException.class,
                        () -> new LinearTableEquation(new double[] {296, 296}, new double[] {1000, 1000})).getMessage());
        assertEquals("table values must be finite and > 0, got -1.0 at 296.0 K",
                assertThrows(IllegalArgumentException.class,
                        () -> new LinearTableEquation(new double[] {267, 296}, new double[] {970, -1})).getMessage());
        assertEquals("table temperatures must be > 0 K, got 0.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new LinearTableEquation(new double[] {0, 296}, new double[] {970, 1000})).getMessage());
    }

    @Test
    void laterChangesToTheCallersArraysDoNotLeakIn() {
        double[] temperaturesK = {267, 296};
        double[] values = {970, 1000};
        LinearTableEquation table = new LinearTableEquation(temperaturesK, values);
        values[1] = 2000;
        temperaturesK[1] = 400;
        assertEquals(1000, table.valueSi(296), 1e-12);
    }
}
