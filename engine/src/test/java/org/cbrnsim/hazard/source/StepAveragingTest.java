package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.source.RateSeriesRelease.Interpolation;
import org.cbrnsim.hazard.source.RateSeriesRelease.RatePoint;
import org.junit.jupiter.api.Test;

class StepAveragingTest {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;

    private static double mass(List<ReleaseStep> steps) {
        return steps.stream().mapToDouble(ReleaseStep::massKg).sum();
    }

    /** A falling ramp 20 → 0 kg/s over 30 min. */
    private static RateSeriesRelease ramp() {
        return new RateSeriesRelease(List.of(new RatePoint(0, 20), new RatePoint(1800, 0)), Interpolation.LINEAR,
                CHLORINE_KG_PER_MOL);
    }

    @Test
    void aConstantReleaseIsOneStep() {
        List<ReleaseStep> steps = new ContinuousRelease(2, 600, CHLORINE_KG_PER_MOL).averagedSteps(5);
        assertEquals(List.of(new ReleaseStep(0, 600, 2)), steps);
    }

    @Test
    void equalMassStepsConserveMassAndKeepThePeakFirst() {
        List<ReleaseStep> steps = ramp().averagedSteps(5);
        assertEquals(5, steps.size());
        assertEquals(20 * 1800 / 2.0, mass(steps), 1e-6);
        for (int i = 0; i < steps.size(); i++) {
            ReleaseStep step = steps.get(i);
            assertEquals(20 * 1800 / 2.0 / 5, step.massKg(), 1e-3, "equal masses");
            assertTrue(step.durationS() >= StepAveraging.MIN_STEP_S);
            if (i > 0) {
                assertEquals(steps.get(i - 1).endS(), step.startS(), 1e-9, "contiguous");
                assertTrue(step.rateKgPerS() < steps.get(i - 1).rateKgPerS(), "falling");
            }
        }
        // the first step, a fifth of the mass: 1800·(1 − √0.8) = 190.0 s at 18.95 kg/s
        assertEquals(190.0, steps.get(0).endS(), 0.1);
    }

    @Test
    void aHorizonKeepsExactlyTheMassReleasedByThen() {
        RateSeriesRelease ramp = ramp();
        List<ReleaseStep> steps = ramp.averagedSteps(3, 900);
        assertEquals(900, steps.get(steps.size() - 1).endS(), 1e-9);
        assertEquals(ramp.releasedMassKg(900), mass(steps), 1e-6);
        assertEquals(20 * 900 - 0.5 * (20.0 / 1800) * 900 * 900, ramp.releasedMassKg(900), 1e-9);
    }

    @Test
    void stepsShorterThanAMinuteAreMerged() {
        // 90 % of the mass in the first 30 s: equal-mass boundaries would give sub-minute steps
        RateSeriesRelease burst = new RateSeriesRelease(
                List.of(new RatePoint(0, 30), new RatePoint(30, 0.1), new RatePoint(1030, 0)), Interpolation.LINEAR,
                CHLORINE_KG_PER_MOL);
        List<ReleaseStep> steps = burst.averagedSteps(5);
        assertTrue(steps.stream().allMatch(s -> s.durationS() >= StepAveraging.MIN_STEP_S), steps.toString());
        assertEquals(burst.airborneMassKg(), mass(steps), 1e-6);
        // the burst survives as a first one-minute step: (30·(30 + 0.1)/2 + 30·(0.1 + 0.097)/2) kg / 60 s
        assertEquals(new ReleaseStep(0, 60, burst.releasedMassKg(60) / 60), steps.get(0));
        assertEquals(7.574, steps.get(0).rateKgPerS(), 1e-3);
    }

    @Test
    void anInstantaneousReleaseIsAlohasOneMinuteStep() {
        InstantaneousRelease puff = new InstantaneousRelease(9000, CHLORINE_KG_PER_MOL);
        assertEquals(List.of(new ReleaseStep(0, 60, 150)), puff.averagedSteps(5));
        assertEquals(9000, puff.massKg());
        assertEquals(0, puff.durationS());
        assertEquals(150, puff.rateKgPerS(30));
    }

    @Test
    void atLeastOneStepIsNeeded() {
        assertThrows(IllegalArgumentException.class, () -> ramp().averagedSteps(0));
    }
}
