package org.cbrnsim.run;

import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.Route;
import org.cbrnsim.population.EvacuationRoute;
import org.cbrnsim.population.EvacuationRoutes;
import org.cbrnsim.population.TravelMode;

import java.util.List;
import java.util.Optional;

/**
 * Evacuation routes on the scenario's roads: from a home place to the nearest destination by travel
 * time. Cars keep the roads' speeds; walkers cover the same route at {@value #WALKING_SPEED_MPS} m/s,
 * the mean free walking speed of adult pedestrians (Fruin 1971, Pedestrian Planning and Design: 1.35 m/s;
 * the Highway Capacity Manual uses 1.2–1.4 m/s). A home with no road to any destination gets no route:
 * its evacuees stay where they are.
 */
final class RoadEvacuationRoutes implements EvacuationRoutes {

    /** Walking speed of evacuees on foot (m/s). */
    static final double WALKING_SPEED_MPS = 1.35;

    private final ScenarioWorld world;
    private final List<String> destinations;

    RoadEvacuationRoutes(ScenarioWorld world, List<String> destinationIds) {
        this.world = world;
        this.destinations = List.copyOf(destinationIds);
    }

    @Override
    public EvacuationRoute route(int homePlace, TravelMode mode) {
        if (destinations.isEmpty()) {
            return null;
        }
        String home = world.scenario().places().get(homePlace).id();
        Optional<Route> route = world.roads().nearestDestination(home, destinations);
        return route.map(r -> mode == TravelMode.CAR ? byCar(r) : onFoot(r)).orElse(null);
    }

    private EvacuationRoute byCar(Route route) {
        return new RouteFollower(route.travelTimeS(), world.placeIndex(route.destinationId())) {
            @Override
            LocalPoint at(double elapsedS) {
                return route.positionAt(elapsedS);
            }
        };
    }

    private EvacuationRoute onFoot(Route route) {
        return new RouteFollower(route.lengthM() / WALKING_SPEED_MPS, world.placeIndex(route.destinationId())) {
            @Override
            LocalPoint at(double elapsedS) {
                return route.positionAtDistance(elapsedS * WALKING_SPEED_MPS);
            }
        };
    }

    /** A route as the population sees it: a duration, a destination and a position at each elapsed time. */
    private abstract static class RouteFollower implements EvacuationRoute {
        private final double durationS;
        private final int destination;

        RouteFollower(double durationS, int destination) {
            this.durationS = durationS;
            this.destination = destination;
        }

        abstract LocalPoint at(double elapsedS);

        @Override
        public double durationS() {
            return durationS;
        }

        @Override
        public void positionAt(double elapsedS, double[] xyM) {
            LocalPoint p = at(Math.max(0, elapsedS));
            xyM[0] = p.xM();
            xyM[1] = p.yM();
        }

        @Override
        public int destinationPlace() {
            return destination;
        }
    }
}
