package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * No published Britter-McQuaid puff answer could be read here (the workbook's Potchefstroom example
 * was not available), so these tests pin the workbook relations and the joins; the curve values
 * themselves are checked in {@link BritterMcQuaidCorrelationTest}.
 */
class BritterMcQuaidPuffTest {

    private static final double ATM_PA = 101325.0;
    /** A Thorney-Island-sized cloud: 2000 m³ of a gas twice as dense as the air, wind 5 m/s at 10 m. */
    private static final DenseGasAtmosphere AIR = DenseGasAtmosphere.dryAir(288.15, ATM_PA, 5);
    private static final DenseGasSourceCloud HEAVY = DenseGasSourceCloud.pureVapour(2 * AIR.airDensityKgPerM3(), 288.15);
    private static final double MASS_KG = 2000 * HEAVY.densityKgPerM3();

    private static BritterMcQuaidPuff puff() {
        return new BritterMcQuaidPuff(MASS_KG, HEAVY, AIR, DenseGasTestSupport.puffD());
    }

    /** α = ½·log10(g'·V0^(1/3)/u²) with g' = g for a doubled density: ½·log10(9.80665·12.599/25) = 0.3470. */
    @Test
    void alphaFromTheWorkbookDefinition() {
        assertEquals(0.3470, puff().alpha(), 5e-4);
    }

    @Test
    void sourceConcentrationInTheInitialCylinder() {
        BritterMcQuaidPuff puff = puff();
        assertEquals(HEAVY.densityKgPerM3(), puff.concentrationKgPerM3(0, 0, 0), 1e-12);
        double initialRadius = Math.cbrt(3 * 2000 / (4 * Math.PI));
        assertEquals(HEAVY.densityKgPerM3(), puff.concentrationKgPerM3(0, 0.99 * initialRadius, 0), 1e-12);
        assertEquals(0.0, puff.concentrationKgPerM3(0, 1.01 * initialRadius, 0), 0.0);
        assertEquals(0.0, puff.concentrationKgPerM3(0, 0, -1), 0.0);
    }

    /** The cylinder's centre passes x at t = x/(0.4u) with radius² = R0² + 1.2·√(g'V0)·t. */
    @Test
    void cylinderMovesAtFourTenthsOfTheWindAndSpreads() {
        BritterMcQuaidPuff puff = puff();
        double x = 100;
        double t = x / (0.4 * 5);
        double radius = Math.sqrt(Math.pow(3 * 2000 / (4 * Math.PI), 2.0 / 3) + 1.2 * Math.sqrt(9.80665 * 2000) * t);
        double value = puff.peakKgPerM3(x, 0);
        assertEquals(value, puff.concentrationKgPerM3(x, 0.999 * radius, t), 0.0);
        assertEquals(0.0, puff.concentrationKgPerM3(x, 1.001 * radius, t), 0.0);
    }

    @Test
    void halfWidthIsTheWidestFootprintOverTime() {
        BritterMcQuaidPuff puff = puff();
        double x = 300;
        double halfWidth = puff.halfWidthM(x);
        boolean reachedInside = false;
        for (double t = 0; t < 2000; t += 0.05) {
            reachedInside |= puff.concentrationKgPerM3(x, 0.999 * halfWidth, t) > 0;
            assertEquals(0.0, puff.concentrationKgPerM3(x, 1.001 * halfWidth, t), 0.0, "t = " + t);
        }
        assertTrue(reachedInside);
        assertEquals(puff.peakKgPerM3(x, 0), puff.peakKgPerM3(x, 0.999 * halfWidth), 0.0);
        assertEquals(0.0, puff.peakKgPerM3(x, 1.001 * halfWidth), 0.0);
    }

    @Test
    void passivePuffContinuesTheDenseCloudWithoutAJump() {
        DenseGasTestSupport.assertJoinsPassiveWithoutJump(puff(), HEAVY.densityKgPerM3() * 0.001);
    }

    /** Beyond the transition the Gaussian puff's centre passes x at t_e + (x − x_e)/u, t_e = x_e/(0.4u). */
    @Test
    void passivePuffPeaksWhenItsCentrePasses() {
        BritterMcQuaidPuff puff = puff();
        double xe = puff.transitionM();
        double x = 1.5 * xe;
        double tPass = xe / (0.4 * 5) + (x - xe) / 5;
        assertEquals(puff.peakKgPerM3(x, 20), puff.concentrationKgPerM3(x, 20, tPass), 1e-12 * puff.peakKgPerM3(x, 20));
        assertTrue(puff.concentrationKgPerM3(x, 0, tPass - 60) < puff.concentrationKgPerM3(x, 0, tPass));
        assertTrue(puff.concentrationKgPerM3(x, 0, tPass + 60) < puff.concentrationKgPerM3(x, 0, tPass));
    }

    @Test
    void rejectsBadInput() {
        PlumeSpread spread = DenseGasTestSupport.puffD();
        assertThrows(IllegalArgumentException.class, () -> new BritterMcQuaidPuff(0, HEAVY, AIR, spread));
        DenseGasSourceCloud light = DenseGasSourceCloud.pureVapour(0.5, 288.15);
        assertThrows(IllegalArgumentException.class, () -> new BritterMcQuaidPuff(100, light, AIR, spread));
    }

    /**
     * The cylinder slumps only while it is dense: its half-width at and before x<sub>e</sub> never exceeds the
     * radius it has when its centre reaches x<sub>e</sub> at t<sub>e</sub> = x<sub>e</sub>/(0.4u) (it used to grow on for
     * as long as the correlations were asked, hours for a large cloud in a light wind).
     */
    @Test
    void theCloudStopsSlumpingWhereItTurnsPassive() {
        BritterMcQuaidPuff puff = puff();
        double xe = puff.transitionM();
        double te = xe / (0.4 * 5);
        assertEquals(te, puff.transitionTimeS(), 1e-9 * te);
        double radiusAtTe = Math.sqrt(Math.pow(3 * 2000 / (4 * Math.PI), 2.0 / 3) + 1.2 * Math.sqrt(9.80665 * 2000) * te);
        assertEquals(radiusAtTe, puff.radiusM(10 * te), 1e-9 * radiusAtTe, "no growth after t_e");
        assertEquals(radiusAtTe, puff.halfWidthM(xe), 1e-9 * radiusAtTe);
        for (double x = 0; x <= xe; x += xe / 50) {
            assertTrue(puff.halfWidthM(x) <= radiusAtTe * (1 + 1e-12), "x = " + x);
        }
    }

    /**
     * The passive puff takes over with the dense cloud's mass, width and concentration: σy = R/√2 and
     * σz = H·√(2/π), H = M/(c·πR²), so its centre value 2M/((2π)^{3/2}σy²σz) = M/(πR²H) equals the top hat's.
     */
    @Test
    void thePassivePuffStartsWithTheDenseCloudsConcentration() {
        BritterMcQuaidPuff puff = puff();
        double xe = puff.transitionM();
        double dense = puff.peakKgPerM3(xe, 0);
        assertEquals(dense, puff.peakKgPerM3(xe * (1 + 1e-9), 0), 1e-5 * dense);
    }
}
