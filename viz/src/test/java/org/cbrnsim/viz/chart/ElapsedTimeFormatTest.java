package org.cbrnsim.viz.chart;

import org.junit.jupiter.api.Test;

import java.text.ParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ElapsedTimeFormatTest {

    private final ElapsedTimeFormat format = new ElapsedTimeFormat();

    @Test
    void formatsSecondsAfterT0AsHoursAndMinutes() {
        assertEquals("T+00:00", format.format(0));
        assertEquals("T+01:30", format.format(5400));
        assertEquals("T+12:00", format.format(43200));
        assertEquals("T+26:05", format.format(26 * 3600 + 5 * 60));
        assertEquals("T-00:10", format.format(-600));
    }

    @Test
    void roundsToTheNearestMinute() {
        assertEquals("T+00:01", format.format(89.9));
        assertEquals("T+00:02", format.format(90.0));
        assertEquals("T+00:20", format.format(1200.66918945));
    }

    @Test
    void parsesItsOwnText() throws ParseException {
        assertEquals(5400L, format.parse("T+01:30"));
        assertEquals(-600L, format.parse("T-00:10"));
        assertThrows(ParseException.class, () -> format.parse("01:30"));
    }
}
