package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReportClockTest {

    private final ReportClock clock = new ReportClock(OffsetDateTime.parse("2026-03-14T22:40:00+02:00"));

    @Test
    void timesAreShownAfterT0AndOnTheLocalClock() {
        assertEquals("T+00:00 (22:40)", clock.both(0));
        assertEquals("T+01:50 (00:30 +1 d)", clock.both(6600));
        assertEquals("23:39", clock.local(3599.9), "truncated to the minute, as events.csv's T+ column");
        assertEquals("T+25:00", clock.elapsed(90000));
        assertEquals("22:40 +2 d", clock.local(48 * 3600));
    }

    @Test
    void theStartIsGivenWithItsOffset() {
        assertEquals("2026-03-14 22:40 +02:00", clock.startText());
        assertEquals("14 March 2026", clock.startDate());
        assertEquals("22:40", clock.startClock());
    }

    @Test
    void durationsReadAsHoursAndMinutes() {
        assertEquals("12 h", ReportClock.duration(43200));
        assertEquals("2 h 30 min", ReportClock.duration(9000));
        assertEquals("45 min", ReportClock.duration(2700));
    }
}
