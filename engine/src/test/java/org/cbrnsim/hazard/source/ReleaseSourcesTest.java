package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReleaseSourcesTest {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;

    @Test
    void rateWithDurationIsContinuous() {
        ReleaseSource source = ReleaseSources.direct(2.0, null, 600.0, CHLORINE_KG_PER_MOL);
        assertInstanceOf(ContinuousRelease.class, source);
        assertEquals(1200, source.airborneMassKg(), 1e-9);
    }

    @Test
    void massAloneIsInstantaneous() {
        ReleaseSource source = ReleaseSources.direct(null, 9000.0, null, CHLORINE_KG_PER_MOL);
        assertInstanceOf(InstantaneousRelease.class, source);
        assertEquals(9000, source.airborneMassKg());
    }

    @Test
    void massWithDurationIsSpreadEvenly() {
        ReleaseSource source = ReleaseSources.direct(null, 25_000.0, 600.0, CHLORINE_KG_PER_MOL);
        assertEquals(25_000 / 600.0, source.rateKgPerS(300), 1e-12);
        assertEquals(600, source.durationS());
    }

    @Test
    void otherCombinationsAreRejectedWithTheAcceptedOnesNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReleaseSources.direct(2.0, null, null, CHLORINE_KG_PER_MOL));
        assertTrue(e.getMessage().contains("rate with a duration"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReleaseSources.direct(2.0, 100.0, 60.0, CHLORINE_KG_PER_MOL));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ReleaseSources.direct(-2.0, null, 60.0, CHLORINE_KG_PER_MOL));
        assertTrue(negative.getMessage().contains("-2.0"), negative.getMessage());
    }
}
