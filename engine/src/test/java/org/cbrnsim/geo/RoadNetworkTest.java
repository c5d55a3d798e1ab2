package org.cbrnsim.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Road graphs on a plain local grid (metres). Speeds: 20 km/h = 50/9 m/s, 90 km/h = 25 m/s.
 *
 * <pre>
 *        b (0, 2000)            two ways from a to d:
 *       /          \            a–b–d: 4 km at 20 km/h = 720 s (shorter, slower)
 *  a (0,0)          d (3000,0)  a–c–d: 6 km at 90 km/h = 240 s (longer, faster)
 *       \          /            e: no roads
 *        c (0, -3000)
 * </pre>
 */
class RoadNetworkTest {

    private static final double SLOW_M_PER_S = 20 / 3.6;
    private static final double FAST_M_PER_S = 90 / 3.6;

    private static Place place(String id, double xM, double yM) {
        return new Place(id, id, PlaceKind.TOWN, "UA", 48.44, 27.79, xM, yM);
    }

    private static final Places PLACES = new Places(List.of(place("a", 0, 0), place("b", 0, 2000),
            place("c", 0, -3000), place("d", 3000, 0), place("e", 9000, 9000)));

    private static RoadNetwork twoWays() {
        return new RoadNetwork(PLACES, List.of(
                new Road("a", "b", 2000, SLOW_M_PER_S), new Road("b", "d", 2000, SLOW_M_PER_S),
                new Road("a", "c", 3000, FAST_M_PER_S), new Road("c", "d", 3000, FAST_M_PER_S)));
    }

    @Test
    void theFasterWayWinsOverTheShorterOne() {
        Route route = twoWays().route("a", "d").orElseThrow();
        assertEquals(List.of("a", "c", "d"), route.placeIds());
        assertEquals(6000 / FAST_M_PER_S, route.travelTimeS(), 1e-9);
        assertEquals(240, route.travelTimeS(), 1e-9);
        assertEquals(6000, route.lengthM(), 1e-9);
        assertEquals(List.of(0.0, 120.0, 240.0),
                List.of(route.cumulativeTimeS(0), route.cumulativeTimeS(1), route.cumulativeTimeS(2)));
        assertEquals(3000, route.cumulativeLengthM(1), 1e-9);
        assertEquals("a", route.originId());
        assertEquals("d", route.destinationId());
        assertEquals(3, route.polyline().getNumPoints());

        Route back = twoWays().route("d", "a").orElseThrow();
        assertEquals(List.of("d", "c", "a"), back.placeIds());
    }

    @Test
    void aFasterParallelRoadBetweenTheSamePlacesIsUsed() {
        RoadNetwork network = new RoadNetwork(PLACES, List.of(new Road("a", "b", 2000, SLOW_M_PER_S),
                new Road("a", "b", 2500, FAST_M_PER_S)));
        Route route = network.route("b", "a").orElseThrow();
        assertEquals(2500, route.lengthM(), 1e-9);
        assertEquals(100, route.travelTimeS(), 1e-9);
    }

    @Test
    void anUnreachablePlaceHasNoRoute() {
        RoadNetwork network = twoWays();
        assertTrue(network.route("a", "e").isEmpty());
        assertTrue(network.route("e", "a").isEmpty());
        assertEquals(Double.POSITIVE_INFINITY, network.shortestPathTreeTo("d").travelTimeSFrom("e"));
        assertTrue(network.nearestDestination("e", List.of("a", "d")).isEmpty());
        assertTrue(network.nearestDestination("a", List.of("e")).isEmpty());
    }

    @Test
    void aMoverIsPlacedAlongTheRouteByElapsedTime() {
        Route route = twoWays().route("a", "d").orElseThrow();
        assertEquals(new LocalPoint(0, 0), route.positionAt(0));
        assertEquals(new LocalPoint(0, -1500), route.positionAt(60));       // half-way to c at 25 m/s
        assertEquals(new LocalPoint(0, -3000), route.positionAt(120));      // at c
        LocalPoint onSecondRoad = route.positionAt(180);                    // half-way from c to d
        assertEquals(1500, onSecondRoad.xM(), 1e-9);
        assertEquals(-1500, onSecondRoad.yM(), 1e-9);
        assertEquals(new LocalPoint(3000, 0), route.positionAt(240));
        assertEquals(new LocalPoint(3000, 0), route.positionAt(10_000), "arrived: stays at the destination");
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> route.positionAt(-1));
        assertTrue(negative.getMessage().contains("must be ≥ 0 s"), negative.getMessage());

        Route stay = twoWays().route("b", "b").orElseThrow();
        assertEquals(List.of("b"), stay.placeIds());
        assertEquals(0, stay.travelTimeS());
        assertEquals(new LocalPoint(0, 2000), stay.positionAt(30));
    }

    /** The tree to d serves every origin from one search and agrees with {@link RoadNetwork#route}. */
    @Test
    void theShortestPathTreeAgreesWithSingleRoutes() {
        RoadNetwork network = twoWays();
        RouteTree toD = network.shortestPathTreeTo("d");
        assertEquals("d", toD.destinationId());
        for (String origin : List.of("a", "b", "c", "d")) {
            Route single = network.route(origin, "d").orElseThrow();
            Route fromTree = toD.routeFrom(origin).orElseThrow();
            assertEquals(single.placeIds(), fromTree.placeIds());
            assertEquals(single.travelTimeS(), toD.travelTimeSFrom(origin), 1e-9);
        }
        assertEquals(360, toD.travelTimeSFrom("b"), 1e-9);
        assertTrue(toD.routeFrom("e").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> toD.routeFrom("x"));
    }

    @Test
    void theNearestDestinationIsNearestByTravelTime() {
        RoadNetwork network = twoWays();
        // b is 2 km from a in a straight line and d 3 km, but d is reached in 240 s and b in 360 s (via c and d)
        assertEquals(List.of("a", "c", "d"), network.nearestDestination("a", List.of("b", "d", "e")).orElseThrow()
                .placeIds());
        // from d, c takes 120 s and b 360 s
        assertEquals("c", network.nearestDestination("d", Set.of("b", "c")).orElseThrow().destinationId());
        assertEquals("a", network.nearestDestination("a", List.of("d", "a")).orElseThrow().destinationId());
        assertThrows(IllegalArgumentException.class, () -> network.nearestDestination("a", List.of()));
        assertThrows(IllegalArgumentException.class, () -> network.nearestDestination("a", List.of("x")));
    }

    /**
     * A diamond with two routes of exactly equal travel time (a–b–d and a–c–d, both 2 km + 2 km at 25 m/s):
     * the same route on every call and for every network built from the same lists; ties between destinations at
     * equal time go to the smallest id, whatever the order they are given in.
     */
    @Test
    void equalCostTiesAreBrokenTheSameWayEveryTime() {
        Places diamond = new Places(List.of(place("a", 0, 0), place("b", 1000, 1000), place("c", 1000, -1000),
                place("d", 2000, 0)));
        List<Road> roads = List.of(new Road("a", "b", 2000, FAST_M_PER_S), new Road("b", "d", 2000, FAST_M_PER_S),
                new Road("a", "c", 2000, FAST_M_PER_S), new Road("c", "d", 2000, FAST_M_PER_S));
        List<String> first = new RoadNetwork(diamond, roads).route("a", "d").orElseThrow().placeIds();
        for (int run = 0; run < 20; run++) {
            RoadNetwork rebuilt = new RoadNetwork(diamond, List.copyOf(roads));
            assertEquals(first, rebuilt.route("a", "d").orElseThrow().placeIds());
            assertEquals(first, rebuilt.shortestPathTreeTo("d").routeFrom("a").orElseThrow().placeIds());
            assertEquals(160, rebuilt.route("a", "d").orElseThrow().travelTimeS(), 1e-9);
            assertEquals("b", rebuilt.nearestDestination("a", List.of("c", "b")).orElseThrow().destinationId());
            assertEquals("b", rebuilt.nearestDestination("a", List.of("b", "c")).orElseThrow().destinationId());
        }
    }

    @Test
    void rejectsBadRoads() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> new RoadNetwork(PLACES, List.of(new Road("a", "x", 1000, FAST_M_PER_S))));
        assertTrue(unknown.getMessage().contains("unknown place id 'x'"), unknown.getMessage());
        IllegalArgumentException speed = assertThrows(IllegalArgumentException.class,
                () -> new Road("a", "b", 1000, 0));
        assertTrue(speed.getMessage().contains("speed must be a finite value > 0 m/s, got 0.0"), speed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Road("a", "a", 1000, FAST_M_PER_S));
        assertThrows(IllegalArgumentException.class, () -> new Road("a", "b", -5, FAST_M_PER_S));
        assertThrows(IllegalArgumentException.class, () -> twoWays().route("a", "x"));
    }
}
