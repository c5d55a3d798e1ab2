package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CloudCoverTest {

    @Test
    void readsOktasPercentAndFraction() {
        assertEquals(0.375, CloudCover.parse("3/8").fraction(), 1e-15);
        assertEquals(0.4, CloudCover.parse("40%").fraction(), 1e-15);
        assertEquals(0.4, CloudCover.parse("0.4").fraction(), 1e-15);
        assertEquals(3.2, CloudCover.parse("40 %").oktas(), 1e-12);
        assertTrue(CloudCover.parse("8/8").isOvercast());
    }

    @Test
    void readsTenthsAsAlohaAsksForThem() {
        assertEquals(0.5, CloudCover.parse("5").fraction(), 1e-15);
        assertEquals(0.3, CloudCover.parse("3/10").fraction(), 1e-15);
        assertEquals(0.1, CloudCover.parse("1").fraction(), 1e-15);
        assertTrue(CloudCover.parse("10").isOvercast());
    }

    @Test
    void rejectsOutOfRangeAndNonsense() {
        assertThrows(IllegalArgumentException.class, () -> CloudCover.parse("9/8"));
        assertThrows(IllegalArgumentException.class, () -> CloudCover.parse("11"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CloudCover.parse("cloudy"));
        assertEquals("expected a cloud cover in tenths (0-10, as ALOHA), oktas (3/8), percent (40%) or a fraction (0.4), got \"cloudy\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CloudCover.ofOktas(-1));
    }
}
