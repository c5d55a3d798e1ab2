package org.cbrnsim.hazard.densegas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BritterMcQuaidCorrelationTest {

    private static final double[] PLUME_RATIOS = {0.10, 0.05, 0.02, 0.01, 0.005, 0.002};
    private static final double[] PUFF_RATIOS = {0.10, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001};

    private static void assertCurvesPassThrough(BritterMcQuaidCorrelation correlation, double alpha, double[] ratios,
            double[] betas) {
        BritterMcQuaidProfile profile = correlation.profile(alpha);
        for (int i = 0; i < ratios.length; i++) {
            assertEquals(ratios[i], profile.ratioAt(Math.pow(10, betas[i])), 1e-9 * ratios[i],
                    "C* = " + ratios[i] + " at alpha " + alpha);
        }
    }

    /** β of the plume curves at α = −0.4357, printed by Farrell (2023) for the CCPS LNG example. */
    @Test
    void plumeCurvesAsPrintedByFarrell() {
        assertCurvesPassThrough(BritterMcQuaidCorrelation.CONTINUOUS, -0.4356993075502021, PLUME_RATIOS,
                new double[] {1.7754321661879513, 2.0031482492819275, 2.1939353116024094, 2.376507339300401,
                    2.5429374085453804, 2.7000772700554214});
    }

    /** β of the puff curves at α = −0.75, 0 and 0.75 from GasDispersion.jl's test of the CCPS fits. */
    @Test
    void puffCurvesAsTestedInGasDispersion() {
        BritterMcQuaidCorrelation puff = BritterMcQuaidCorrelation.INSTANTANEOUS;
        assertCurvesPassThrough(puff, -0.75, PUFF_RATIOS, new double[] {0.7, 0.85, 0.95, 1.15, 1.48, 1.83, 2.075});
        assertCurvesPassThrough(puff, 0.0, PUFF_RATIOS, new double[] {0.81, 1.0, 1.19, 1.39, 1.62, 1.83, 2.05});
        assertCurvesPassThrough(puff, 0.75, PUFF_RATIOS,
                new double[] {0.93, 1.03, 1.185, 1.375, 1.525, 1.68, 1.8475});
    }

    @Test
    void logInterpolationBetweenCurves() {
        double alpha = -1.0;
        BritterMcQuaidProfile profile = BritterMcQuaidCorrelation.CONTINUOUS.profile(alpha);
        double midBeta = (1.92 + 2.08) / 2;
        assertEquals(Math.sqrt(0.05 * 0.02), profile.ratioAt(Math.pow(10, midBeta)), 1e-12);
    }

    @Test
    void nearSourceRelationUpToThirtyLengthScales() {
        BritterMcQuaidProfile profile = BritterMcQuaidCorrelation.CONTINUOUS.profile(-1.0);
        assertEquals(1.0, profile.ratioAt(0), 0.0);
        assertEquals(306.0 / (306 + 400), profile.ratioAt(20), 1e-12);
        assertEquals(306.0 / (306 + 900), profile.ratioAt(30), 1e-12);
    }

    @Test
    void profileEndsAtTheLastCurveAndFlagsAlphaBeyondTheFits() {
        BritterMcQuaidProfile profile = BritterMcQuaidCorrelation.CONTINUOUS.profile(-1.0);
        assertEquals(Math.pow(10, 2.60), profile.endScaledDistance(), 1e-9);
        assertEquals(0.002, profile.endRatio(), 1e-15);
        assertFalse(profile.alphaBeyondFits());
        assertThrows(IllegalArgumentException.class, () -> profile.ratioAt(2 * profile.endScaledDistance()));
        BritterMcQuaidProfile steep = BritterMcQuaidCorrelation.CONTINUOUS.profile(1.5);
        assertTrue(steep.alphaBeyondFits());
        assertEquals(BritterMcQuaidCorrelation.CONTINUOUS.profile(1.0).endScaledDistance(), steep.endScaledDistance(), 0.0);
    }

    @Test
    void dilutionFallsMonotonicallyWithDistance() {
        for (BritterMcQuaidCorrelation c : new BritterMcQuaidCorrelation[] {
            BritterMcQuaidCorrelation.CONTINUOUS, BritterMcQuaidCorrelation.INSTANTANEOUS}) {
            for (double alpha = -1.2; alpha <= 1.0; alpha += 0.05) {
                BritterMcQuaidProfile p = c.profile(alpha);
                double previous = 1.0;
                for (double s = 0.1; s <= p.endScaledDistance(); s *= 1.01) {
                    double r = p.ratioAt(s);
                    assertTrue(r <= previous, "alpha " + alpha + " x/L " + s);
                    previous = r;
                }
            }
        }
    }
}
