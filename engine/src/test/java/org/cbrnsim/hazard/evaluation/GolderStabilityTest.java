package org.cbrnsim.hazard.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

class GolderStabilityTest {

    private static final double Z0_M = 0.006;

    @Test
    void assignsThePrairieGrassRunsOfTheReferenceNotesToTheirClasses() {
        // dispersion.md §3.1.5: runs 16, 7, 50, 22, 29, 58 are A to F; run 11 (L = −66 m) is D by this method
        assertEquals(StabilityClass.A, GolderStability.classify(-5.2, Z0_M));
        assertEquals(StabilityClass.B, GolderStability.classify(-9.8, Z0_M));
        assertEquals(StabilityClass.C, GolderStability.classify(-26, Z0_M));
        assertEquals(StabilityClass.D, GolderStability.classify(204, Z0_M));
        assertEquals(StabilityClass.E, GolderStability.classify(36, Z0_M));
        assertEquals(StabilityClass.F, GolderStability.classify(6.4, Z0_M));
        assertEquals(StabilityClass.D, GolderStability.classify(-66, Z0_M));
        assertEquals(StabilityClass.D, GolderStability.classify(Double.NEGATIVE_INFINITY, Z0_M));
    }

    @Test
    void classCentresFollowTheFittedNomogramLines() {
        // Seinfeld & Pandis (2006) eq. 16.83: class F, 1/L = 0.035 − 0.036·log10(z0); at z0 = 0.1 m: 0.071 1/m
        assertEquals(0.071, GolderStability.classCentreInverseObukhovPerM(StabilityClass.F, 0.1), 1e-12);
        assertEquals(-0.096 + 0.029 * Math.log10(Z0_M),
                GolderStability.classCentreInverseObukhovPerM(StabilityClass.A, Z0_M), 1e-12);
        assertEquals(0.0, GolderStability.classCentreInverseObukhovPerM(StabilityClass.D, Z0_M), 0.0);
    }

    @Test
    void rejectsZeroObukhovLengthAndRoughness() {
        assertThrows(IllegalArgumentException.class, () -> GolderStability.classify(0, Z0_M));
        assertThrows(IllegalArgumentException.class, () -> GolderStability.classify(10, 0));
    }
}
