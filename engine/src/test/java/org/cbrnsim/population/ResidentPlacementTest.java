package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Uniform placement on a disc, building and T0 shares, reproducibility. */
class ResidentPlacementTest {

    private static final int N = 100_000;

    private static Residents twoTowns(long seed) {
        return ResidentPlacement.place(List.of(
                        new ResidentPlace(1, 0, 1000, -500, 2000, N, new BuildingMix(0.3, 0.6, 0.1, 0)),
                        new ResidentPlace(3, 1, -8000, 4000, 500, 1000, Fixtures.ALL_TIGHT)), 4, 2,
                StartShares.NIGHT, new TestStreams(seed).stream(PopulationRandom.PLACEMENT));
    }

    /**
     * Uniform on a disc of radius R: a quarter of the residents lie within R/2, and the mean squared
     * distance from the centre is R²/2.
     */
    @Test
    void residentsAreUniformOnTheDisc() {
        Residents r = twoTowns(41);
        double radius = 2000;
        int inner = 0;
        double sumR2 = 0;
        for (int i = 0; i < N; i++) {
            double r2 = Math.pow(r.xM[i] - 1000, 2) + Math.pow(r.yM[i] + 500, 2);
            assertTrue(r2 <= radius * radius * (1 + 1e-6));
            inner += r2 <= radius * radius / 4 ? 1 : 0;
            sumR2 += r2;
        }
        assertEquals(0.25, inner / (double) N, 5 * Math.sqrt(0.25 * 0.75 / N));
        // Var(r²) of a uniform disc is R⁴/12
        assertEquals(radius * radius / 2, sumR2 / N, 5 * radius * radius / Math.sqrt(12.0 * N));
    }

    /** Building types and T0 locations come out in their shares; places and countries are set. */
    @Test
    void sharesPlacesAndCountries() {
        Residents r = twoTowns(42);
        int[] buildings = new int[4];
        int[] locations = new int[4];
        for (int i = 0; i < N; i++) {
            buildings[r.building[i]]++;
            locations[r.location[i]]++;
            assertEquals(1, r.homePlace[i]);
            assertEquals(0, r.countryOf(i));
        }
        double[] expected = {0.3, 0.6, 0.1, 0};
        for (int k = 0; k < 4; k++) {
            assertEquals(expected[k], buildings[k] / (double) N, 5 * Math.sqrt(0.25 / N), "building " + k);
        }
        assertEquals(0.95, locations[LocationState.INDOORS.code()] / (double) N, 5 * Math.sqrt(0.05 * 0.95 / N));
        assertEquals(0.03, locations[LocationState.OUTDOORS.code()] / (double) N, 5 * Math.sqrt(0.03 * 0.97 / N));
        assertEquals(3, r.homePlace[N]);
        assertEquals(1, r.countryOf(N));
        assertEquals(BuildingType.TIGHT_RESIDENTIAL.code(), r.building[N]);
        assertTrue(Float.isNaN(r.warnedS[0]) && Float.isNaN(r.departureS[0]) && Float.isNaN(r.exposureStartS[0]));
    }

    /** The same stream gives the same residents. */
    @Test
    void sameStreamSameResidents() {
        Residents a = twoTowns(43);
        Residents b = twoTowns(43);
        assertArrayEquals(a.xM, b.xM);
        assertArrayEquals(a.yM, b.yM);
        assertArrayEquals(a.building, b.building);
        assertArrayEquals(a.location, b.location);
    }

    @Test
    void buildingMixIsReadByType() {
        BuildingMix village = BuildingMix.of(Map.of(BuildingType.LEAKY_RESIDENTIAL, 0.9, BuildingType.TIGHT_RESIDENTIAL, 0.1));
        assertEquals(new BuildingMix(0.1, 0.9, 0, 0), village, "types left out get 0");
        assertEquals(0.9, village.share(BuildingType.LEAKY_RESIDENTIAL));
        assertEquals(0.0, village.share(BuildingType.COMMERCIAL));
        assertEquals(new BuildingMix(0, 0, 0, 1), BuildingMix.all(BuildingType.INDUSTRIAL));
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new BuildingMix(0.5, 0.6, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new StartShares(0.9, 0.2, -0.1));
        assertThrows(IllegalArgumentException.class,
                () -> new ResidentPlace(0, 0, 0, 0, -1, 10, Fixtures.ALL_TIGHT));
        assertThrows(IllegalArgumentException.class, () -> ResidentPlacement.place(
                List.of(new ResidentPlace(5, 0, 0, 0, 1, 10, Fixtures.ALL_TIGHT)), 2, 1, StartShares.DAY,
                new TestStreams(0).stream("placement")));
    }
}
