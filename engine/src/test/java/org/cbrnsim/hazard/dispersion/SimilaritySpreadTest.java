package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimilaritySpreadTest {

    private static final double Z0_M = 0.006;

    @Test
    void profileAmplitudeForShapeOnePointFiveIsVanUldensValue() {
        // van Ulden (1978): A = 0.73 for s = 1.5; the Gaussian (s = 2) has A = 2/π, the exponential (s = 1) A = 1
        assertEquals(0.73, SimilaritySpread.profileAmplitude(1.5), 0.005);
        assertEquals(2 / Math.PI, SimilaritySpread.profileAmplitude(2.0), 1e-12);
        assertEquals(1.0, SimilaritySpread.profileAmplitude(1.0), 1e-12);
    }

    @Test
    void pasquillFactorReproducesHisTableAndItsLimits() {
        // Pasquill (1976): f = 0.8, 0.7, 0.65, 0.6, 0.5, 0.4, 0.33 at 0.1, 0.2, 0.4, 1, 2, 4, 10 km
        double[] xM = {100, 200, 400, 1000, 2000, 4000, 10000};
        double[] f = {0.8, 0.7, 0.65, 0.6, 0.5, 0.4, 0.33};
        for (int i = 0; i < xM.length; i++) {
            assertEquals(f[i], SimilaritySpread.pasquillLateralFactor(xM[i]), 1e-12, "x = " + xM[i]);
        }
        assertEquals(0.9, SimilaritySpread.pasquillLateralFactor(50), 1e-12);
        assertEquals(0.675, SimilaritySpread.pasquillLateralFactor(300), 1e-12);
        assertEquals(0.33 * 0.5, SimilaritySpread.pasquillLateralFactor(40000), 1e-12);
    }

    @Test
    void sigmaYIsSigmaThetaTimesDistanceTimesPasquillFactor() {
        SimilaritySpread spread = new SimilaritySpread(0.3, 100, Z0_M, 5, 2, Math.toRadians(10));
        assertEquals(Math.toRadians(10) * 400 * 0.65, spread.sigmaYM(400), 1e-9);
    }

    @Test
    void dyerProfileReproducesTheMeasuredTwoMetreWindsOfPrairieGrassWithinTenPercent() {
        // dispersion.md §3.1.5 (Barad 1958): run 22 u* 0.46, L 204 m, U 7.39 m/s; run 7 u* 0.31, L -9.8 m, U 4.44 m/s
        assertEquals(7.39, SimilaritySpread.similarityWindSpeedMps(2, 0.46, 204, Z0_M), 0.1 * 7.39);
        assertEquals(4.44, SimilaritySpread.similarityWindSpeedMps(2, 0.31, -9.8, Z0_M), 0.1 * 4.44);
    }

    @Test
    void profilePassesThroughTheMeasuredWindAndKeepsItsShape() {
        SimilaritySpread spread = new SimilaritySpread(0.46, 204, Z0_M, 7.39, 2, 0.1);
        assertEquals(7.39, spread.windSpeedMps(2), 1e-12);
        double shapeRatio = SimilaritySpread.similarityWindSpeedMps(10, 0.46, 204, Z0_M)
                / SimilaritySpread.similarityWindSpeedMps(2, 0.46, 204, Z0_M);
        assertEquals(7.39 * shapeRatio, spread.windSpeedMps(10), 1e-9);
    }

    @Test
    void neutralMeanHeightMatchesTheClosedFormOfVanUldensEquation() {
        // neutral, unscaled profile: dx/dz̄ = ln(c z̄/z0)/k², so x(z̄) = [z̄(ln(c z̄/z0) − 1) + z0/c]/k²
        double uStar = 0.4;
        double z0 = 0.01;
        double referenceWind = SimilaritySpread.similarityWindSpeedMps(10, uStar, Double.POSITIVE_INFINITY, z0);
        SimilaritySpread spread = new SimilaritySpread(uStar, Double.POSITIVE_INFINITY, z0, referenceWind, 10, 0.1);
        double c = SimilaritySpread.ADVECTION_HEIGHT_FACTOR;
        double k = SimilaritySpread.VON_KARMAN;
        for (double zBar : new double[] {0.5, 5, 50}) {
            double xM = (zBar * (Math.log(c * zBar / z0) - 1) + z0 / c) / (k * k);
            assertEquals(zBar, spread.meanPlumeHeightM(xM), 1e-6 * zBar, "z̄ = " + zBar);
            assertEquals(referenceWind / Math.log(10 / z0) * Math.log(c * zBar / z0), spread.transportSpeedMps(xM),
                    1e-6);
        }
    }

    @Test
    void sigmaZGivesTheGroundLevelCrosswindIntegratedConcentrationOfVanUldensProfile() {
        SimilaritySpread spread = new SimilaritySpread(0.3, -30, Z0_M, 5, 2, 0.1);
        double zBar = spread.meanPlumeHeightM(200);
        double gaussianAtGround = 2 / (Math.sqrt(2 * Math.PI) * spread.sigmaZM(200));
        assertEquals(SimilaritySpread.profileAmplitude(1.5) / zBar, gaussianAtGround, 1e-9 / zBar);
    }

    @Test
    void plumeGrowsFasterInUnstableAndSlowerInStableAir() {
        double neutral = new SimilaritySpread(0.3, Double.POSITIVE_INFINITY, Z0_M, 5, 2, 0.1).sigmaZM(400);
        double unstable = new SimilaritySpread(0.3, -10, Z0_M, 5, 2, 0.1).sigmaZM(400);
        double stable = new SimilaritySpread(0.3, 10, Z0_M, 5, 2, 0.1).sigmaZM(400);
        assertTrue(unstable > 2 * neutral, "unstable " + unstable + " vs neutral " + neutral);
        assertTrue(stable < 0.7 * neutral, "stable " + stable + " vs neutral " + neutral);
    }

    @Test
    void rejectsInvalidArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SimilaritySpread(-0.1, 10, Z0_M, 5, 2, 0.1));
        assertTrue(e.getMessage().contains("friction velocity must be > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimilaritySpread(0.3, 0, Z0_M, 5, 2, 0.1));
        assertThrows(IllegalArgumentException.class, () -> new SimilaritySpread(0.3, 10, Z0_M, 5, 0.001, 0.1));
        SimilaritySpread spread = new SimilaritySpread(0.3, 10, Z0_M, 5, 2, 0.1);
        assertThrows(IllegalArgumentException.class, () -> spread.sigmaYM(0));
        assertThrows(IllegalArgumentException.class, () -> spread.windSpeedMps(0.001));
    }
}
