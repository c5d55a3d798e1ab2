package org.cbrnsim.response.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.geo.RoadNetwork;
import org.junit.jupiter.api.Test;

class RoadTravelTest {

    private static final double TOLERANCE_S = 1e-9;
    private final RoadTravel emergency = new RoadTravel(TestWorld.ROADS, 1.25);

    /** 14 km of 60-km/h road at 1.25 × the speed: 14 km / 75 km/h = 672 s. */
    @Test
    void aRoadRouteTakesItsLengthOverTheRaisedSpeed() {
        Leg leg = emergency.leg("station-b", "plant").orElseThrow();
        assertEquals(14_000, leg.roadM(), 1e-9);
        assertEquals(0, leg.offRoadM());
        assertFalse(leg.offRoad());
        assertEquals(672, leg.timeS(), TOLERANCE_S);
        assertEquals(840, new RoadTravel(TestWorld.ROADS, 1.0).leg("station-b", "plant").orElseThrow().timeS(),
                TOLERANCE_S);
    }

    /** The fastest route, not the shortest: C to plant is 23 km, 9 of them at 90 km/h: 672 + 288 = 960 s. */
    @Test
    void theFastestRouteCountsEachRoadsSpeed() {
        assertEquals(960, emergency.leg("station-c", "plant").orElseThrow().timeS(), TOLERANCE_S);
    }

    /**
     * The hospital has no road; the place with roads nearest to it is station A, 500 m away: 6 km of road (360 s at
     * 60 km/h) + 500 m × 1.3 = 650 m off road at 30 km/h (78 s), all at 1.25 ×: (360 + 78) / 1.25 = 350.4 s. The
     * straight line, 5 024.9 m × 1.3 at 30 km/h, would take 627 s.
     */
    @Test
    void aPlaceWithoutRoadsIsReachedFromTheNearestPlaceWithRoads() {
        Leg leg = emergency.leg("plant", "hospital").orElseThrow();
        assertEquals(6_000, leg.roadM(), 1e-9);
        assertEquals(650, leg.offRoadM(), 1e-9);
        assertTrue(leg.offRoad());
        assertEquals(6_650, leg.lengthM(), 1e-9);
        assertEquals(350.4, leg.timeS(), TOLERANCE_S);
    }

    /**
     * The depot (no road) lies 2.4 km from the plant and 2.6 km from station A. By the plant: 3 120 m off road (374.4 s)
     * + 6 km of road (360 s); straight to A: 3 380 m off road, 405.6 s, faster; at 1.25 ×: 324.48 s.
     */
    @Test
    void fromAPlaceWithoutRoadsTheStraightLineWinsWhenFaster() {
        Leg leg = emergency.leg("depot", "station-a").orElseThrow();
        assertEquals(0, leg.roadM());
        assertEquals(3_380, leg.offRoadM(), 1e-9);
        assertEquals(324.48, leg.timeS(), TOLERANCE_S);
    }

    @Test
    void twoPlacesWithRoadsThatNoRoadJoinsAreUnreachable() {
        assertTrue(emergency.leg("island-1", "plant").isEmpty());
        assertTrue(emergency.leg("island-1", "island-2").isPresent());
    }

    /** Without any road: 5 km × 1.3 = 6.5 km at 30 km/h × 1.25: 624 s. */
    @Test
    void withoutRoadsEveryDriveIsTheStraightLine() {
        RoadTravel travel = new RoadTravel(new RoadNetwork(TestWorld.PLACES, List.of()), 1.25);
        Leg leg = travel.leg("plant", "station-a").orElseThrow();
        assertEquals(6_500, leg.offRoadM(), 1e-9);
        assertEquals(624, leg.timeS(), TOLERANCE_S);
    }

    @Test
    void staysPutAndRefusesNonsense() {
        assertEquals(0, emergency.leg("plant", "plant").orElseThrow().timeS());
        assertThrows(IllegalArgumentException.class, () -> emergency.leg("plant", "atlantis"));
        assertThrows(IllegalArgumentException.class, () -> new RoadTravel(TestWorld.ROADS, 0));
    }
}
