package org.cbrnsim.hazard.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelScoresTest {

    @Test
    void reproducesHandComputedScoresOfThreePairs() {
        // Co = 1, 2, 4; Cp = 2, 2, 1. Means 7/3 and 5/3; squared errors 1, 0, 9; ln(Co/Cp) = −ln 2, 0, 2 ln 2
        ModelScores s = ModelScores.of(new double[] {1, 2, 4}, new double[] {2, 2, 1}, 1e-3);
        assertEquals(3, s.n());
        assertEquals((2.0 / 3) / 2, s.fb(), 1e-12);
        assertEquals((10.0 / 3) / (35.0 / 9), s.nmse(), 1e-12);
        assertEquals(Math.cbrt(2), s.mg(), 1e-12);
        double ln2 = Math.log(2);
        assertEquals(Math.exp(5 * ln2 * ln2 / 3), s.vg(), 1e-12);
        assertEquals(2.0 / 3, s.fac2(), 1e-12);
    }

    @Test
    void vgIsTheMeanOfSquaresNotTheVariance() {
        // a constant factor-of-two over-prediction has zero variance of ln(Co/Cp) but VG = exp((ln 2)²)
        ModelScores s = ModelScores.of(new double[] {1, 10}, new double[] {2, 20}, 1e-3);
        assertEquals(Math.exp(Math.log(2) * Math.log(2)), s.vg(), 1e-12);
        assertEquals(0.5, s.mg(), 1e-12);
        assertEquals(1.0, s.fac2(), 1e-12);
        assertEquals(-2.0 / 3, s.fb(), 1e-12);
    }

    @Test
    void valuesBelowTheFloorAreRaisedToItForTheGeometricMeasuresOnly() {
        ModelScores s = ModelScores.of(new double[] {0, 1}, new double[] {0.001, 0.5}, 0.01);
        // pair 1: both raised to 0.01 (ratio 1); pair 2: ratio 0.5
        assertEquals(Math.sqrt(2), s.mg(), 1e-12);
        assertEquals(1.0, s.fac2(), 1e-12);
        assertEquals((0.5 - 0.501 / 2) / (0.5 * (0.5 + 0.501 / 2)), s.fb(), 1e-12);
    }

    @Test
    void rejectsMismatchedOrInvalidInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelScores.of(new double[] {1}, new double[] {1, 2}, 1e-3));
        assertTrue(e.getMessage().contains("1 and 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelScores.of(new double[] {1}, new double[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> ModelScores.of(new double[] {-1}, new double[] {1}, 1e-3));
    }
}
