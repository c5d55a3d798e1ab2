package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZonedDateTime;
import org.cbrnsim.hazard.atmosphere.StabilityKey.Insolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StabilityKeyTest {

    private static final double NIGHT = -10;

    /** Day cells of the Pasquill key (NOAA READY, after Pasquill 1961; dispersion.md §1.6), pairs → more stable. */
    @ParameterizedTest(name = "{0} m/s, {1} -> {2}")
    @CsvSource({
            "1.5, STRONG, A",
            "1.5, MODERATE, B",
            "1.5, SLIGHT, B",
            "2.5, STRONG, B",
            "2.5, SLIGHT, C",
            "4, STRONG, B",
            "4, MODERATE, C",
            "4, SLIGHT, C",
            "5.5, MODERATE, D",
            "5.5, STRONG, C",
            "7, STRONG, C",
            "7, MODERATE, D",
    })
    void dayCells(double u10, Insolation insolation, StabilityClass expected) {
        assertEquals(expected, StabilityKey.day(u10, insolation));
    }

    /** Night cells: ≥4/8 cloud and ≤3/8 cloud columns; below 2 m/s F (Turner 1964, ALOHA via HAZEL). */
    @ParameterizedTest(name = "{0} m/s, {1} cloud at night -> {2}")
    @CsvSource({
            "1.5, 0.75, F",
            "1.5, 0.25, F",
            "2.5, 0.5, E",
            "2.5, 0.375, F",
            "4, 0.625, D",
            "4, 0.25, E",
            "5.5, 0.1, D",
            "8, 0.1, D",
    })
    void nightCells(double u10, double cloud, StabilityClass expected) {
        assertEquals(expected, StabilityKey.classify(u10, new CloudCover(cloud), NIGHT));
    }

    /** HAZEL's ALOHA run: 5 m/s at night with about 40 % cloud gave E, so a boundary wind is in the lower band. */
    @Test
    void boundaryWindFallsInTheLowerBand() {
        assertEquals(StabilityClass.E, StabilityKey.classify(5, new CloudCover(0.4), NIGHT));
        assertEquals(StabilityClass.D, StabilityKey.classify(5.01, new CloudCover(0.4), NIGHT));
        assertEquals(StabilityClass.A, StabilityKey.day(2, Insolation.STRONG));
        assertEquals(StabilityClass.B, StabilityKey.day(2.01, Insolation.STRONG));
    }

    @Test
    void overcastIsNeutralDayAndNight() {
        assertEquals(StabilityClass.D, StabilityKey.classify(1.5, CloudCover.ofOktas(8), 70));
        assertEquals(StabilityClass.D, StabilityKey.classify(2.5, CloudCover.ofOktas(8), NIGHT));
    }

    /** Turner (1964) via EPA-454/R-99-005 Tables 6-5, 6-6: elevation bands, one step down above 5/10 cloud. */
    @ParameterizedTest(name = "{0}° with {1}/8 cloud -> {2}")
    @CsvSource({
            "65, 0, STRONG",
            "65, 4, STRONG",
            "65, 6, MODERATE",
            "40, 2, MODERATE",
            "40, 5, SLIGHT",
            "20, 0, SLIGHT",
            "20, 7, SLIGHT",
            "10, 0, SLIGHT",
    })
    void insolationFromSunAndCloud(double elevationDeg, double oktas, Insolation expected) {
        assertEquals(expected, StabilityKey.insolation(elevationDeg, CloudCover.ofOktas(oktas)));
    }

    /** The SPA reference time and place (sun at 39.9°, moderate): 2.5 m/s under 2/8 cloud is B; at 02:00, F. */
    @Test
    void classifiesFromTimeAndPlace() {
        ZonedDateTime noon = ZonedDateTime.parse("2003-10-17T12:30:30-07:00");
        assertEquals(StabilityClass.B,
                StabilityKey.classify(2.5, CloudCover.ofOktas(2), noon, 39.742476, -105.1786));
        assertEquals(StabilityClass.F,
                StabilityKey.classify(2.5, CloudCover.ofOktas(2), noon.withHour(2), 39.742476, -105.1786));
    }

    @Test
    void rejectsNegativeWind() {
        assertThrows(IllegalArgumentException.class, () -> StabilityKey.day(-1, Insolation.STRONG));
    }
}
