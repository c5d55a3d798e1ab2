package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SolarElevationTest {

    /** 17 October 2003, 12:30:30 UTC−7, Golden, Colorado (Reda & Andreas 2004, NREL/TP-560-34302, the
     *  SPA reference case, Table A5.1): topocentric zenith 50.11162°, so elevation 39.88838°. */
    private static final ZonedDateTime SPA_CASE = ZonedDateTime.parse("2003-10-17T12:30:30-07:00");

    @Test
    void reproducesTheNrelSpaReferenceCase() {
        assertEquals(90 - 50.11162, SolarElevation.degrees(SPA_CASE, 39.742476, -105.1786), 0.01);
    }

    @Test
    void rejectsPlacesOffTheGlobe() {
        assertThrows(IllegalArgumentException.class, () -> SolarElevation.degrees(SPA_CASE, 91, 0));
        assertThrows(IllegalArgumentException.class, () -> SolarElevation.degrees(SPA_CASE, 0, 181));
    }
}
