package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.source.RateSeriesRelease.Interpolation;
import org.cbrnsim.hazard.source.RateSeriesRelease.RatePoint;
import org.junit.jupiter.api.Test;

class RateSeriesReleaseTest {

    private static final double AMMONIA_KG_PER_MOL = 0.017031;
    private static final List<RatePoint> POINTS =
            List.of(new RatePoint(0, 10), new RatePoint(60, 4), new RatePoint(600, 1), new RatePoint(1200, 0));

    @Test
    void linearSeriesInterpolatesAndIntegratesExactly() {
        RateSeriesRelease series = new RateSeriesRelease(POINTS, Interpolation.LINEAR, AMMONIA_KG_PER_MOL);
        assertEquals(7, series.rateKgPerS(30), 1e-12);
        assertEquals(2.5, series.rateKgPerS(330), 1e-12);
        // trapezoids: 60·7 + 540·2.5 + 600·0.5
        assertEquals(420 + 1350 + 300, series.airborneMassKg(), 1e-9);
        assertEquals(30 * (10 + 7) / 2.0, series.releasedMassKg(30), 1e-9);
        assertEquals(1200, series.durationS());
        assertEquals(0, series.rateKgPerS(1200));
    }

    @Test
    void stepSeriesHoldsEachRateAndAveragesToItsOwnPieces() {
        RateSeriesRelease series = new RateSeriesRelease(POINTS, Interpolation.STEP, AMMONIA_KG_PER_MOL);
        assertEquals(4, series.rateKgPerS(599.9), 1e-12);
        assertEquals(600 + 2160 + 600, series.airborneMassKg(), 1e-9);
        assertEquals(List.of(new ReleaseStep(0, 60, 10), new ReleaseStep(60, 600, 4), new ReleaseStep(600, 1200, 1)),
                series.averagedSteps(5));
        List<ReleaseStep> two = series.averagedSteps(2);
        assertEquals(2, two.size());
        assertEquals(series.airborneMassKg(), two.get(0).massKg() + two.get(1).massKg(), 1e-6);
    }

    @Test
    void timesMustIncreaseFromZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RateSeriesRelease(
                List.of(new RatePoint(0, 1), new RatePoint(60, 1), new RatePoint(60, 2)), Interpolation.STEP,
                AMMONIA_KG_PER_MOL));
        assertTrue(e.getMessage().contains("increase"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RateSeriesRelease(
                List.of(new RatePoint(10, 1), new RatePoint(60, 1)), Interpolation.STEP, AMMONIA_KG_PER_MOL));
    }
}
