package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SimulationClockTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40+02:00");

    @Test
    void stepTimesAreTheStepIndexTimesTheStep() {
        SimulationClock clock = new SimulationClock(T0, 60, 12 * 3600);
        assertEquals(720, clock.lastStep());
        assertEquals(0.0, clock.timeS(0));
        assertEquals(43_200.0, clock.timeS(720));
        SimulationClock tenths = new SimulationClock(T0, 0.1, 1000);
        assertEquals(10_000, tenths.lastStep());
        assertEquals(7777 * 0.1, tenths.timeS(7777));
        assertThrows(IllegalArgumentException.class, () -> clock.timeS(721));
    }

    @Test
    void elapsedTimeIsTPlusHoursAndMinutes() {
        assertEquals("T+00:00", SimulationClock.formatElapsed(0));
        assertEquals("T+03:20", SimulationClock.formatElapsed(12_000));
        assertEquals("T+12:34", SimulationClock.formatElapsed(45_299.9));
        assertEquals("T+100:00", SimulationClock.formatElapsed(360_000));
        assertThrows(IllegalArgumentException.class, () -> SimulationClock.formatElapsed(-1));
    }

    @Test
    void localClockKeepsTheOffsetOfT0() {
        SimulationClock clock = new SimulationClock(T0, 60, 86_400);
        assertEquals("2026-03-14T02:40:00+02:00", clock.formatLocal(0));
        assertEquals("2026-03-14T02:55:30+02:00", clock.formatLocal(930.7));
        assertEquals("2026-03-15T00:00:00+02:00", clock.formatLocal(76_800));
        assertEquals(OffsetDateTime.parse("2026-03-14T02:40:00.25+02:00"), clock.at(0.25));
    }

    @Test
    void theEndMustBeAWholeNumberOfSteps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SimulationClock(T0, 420, 600));
        assertTrue(e.getMessage().contains("whole number of steps"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SimulationClock(T0, 0, 600));
        assertThrows(IllegalArgumentException.class, () -> new SimulationClock(T0, 60, 0));
        assertThrows(IllegalArgumentException.class, () -> new SimulationClock(null, 60, 600));
    }
}
