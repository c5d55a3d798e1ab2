package org.cbrnsim.response.units;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cbrnsim.geo.Place;
import org.cbrnsim.geo.RoadNetwork;
import org.cbrnsim.geo.Road;
import org.cbrnsim.geo.Route;
import org.cbrnsim.geo.RouteTree;

/**
 * Driving times between places over the scenario's road network, at {@code speedFactor} × each road's speed (under
 * lights and sirens: {@code ResponseParameters.Alarm.emergencySpeedFactor}; returning: 1).
 *
 * <p>Between two places with roads: the fastest route (Dijkstra, {@link RoadNetwork}), time = Σ length / (speed ×
 * factor). A place without roads (e.g. a hospital the scenario puts on a town's point) is reached from the place with
 * roads nearest to it in a straight line, over the straight line × {@link #DETOUR_FACTOR} at
 * {@link #OFF_ROAD_SPEED_M_PER_S} × factor; when one end has no roads the drive takes the faster of that and the
 * straight line between the two places at the same detour and speed; in a scenario without roads, always the
 * straight line. Two places with roads that no road joins (separate networks) are unreachable: {@link #leg} is empty.
 * Route trees are cached per destination; the network never changes.
 */
public final class RoadTravel {

    /**
     * Road length over straight-line distance off the scenario's roads [A]: the factor the shipped scenarios use for
     * their own road lengths (rural roads and river valleys 1.3, dniester-chlorine.yaml; 1.2 on a straight coastal
     * highway, aqaba-chlorine.yaml).
     */
    public static final double DETOUR_FACTOR = 1.3;
    /** Speed off the scenario's roads, before the speed factor: 30 km/h [A], the town-street speed of dniester-chlorine.yaml. */
    public static final double OFF_ROAD_SPEED_M_PER_S = 30 / 3.6;

    private final RoadNetwork network;
    private final double speedFactor;
    private final Set<String> onRoads = new HashSet<>();
    private final Map<String, RouteTree> treeTo = new HashMap<>();

    /**
     * Travel over {@code network} at {@code speedFactor} × the roads' speeds.
     *
     * @throws IllegalArgumentException when the factor is not a finite number &gt; 0
     */
    public RoadTravel(RoadNetwork network, double speedFactor) {
        if (!(speedFactor > 0) || Double.isInfinite(speedFactor)) {
            throw new IllegalArgumentException("speed factor must be a finite value > 0, got " + speedFactor);
        }
        this.network = network;
        this.speedFactor = speedFactor;
        for (Road road : network.roads()) {
            onRoads.add(road.fromId());
            onRoads.add(road.toId());
        }
    }

    /**
     * The drive from place {@code fromId} to place {@code toId}; empty when both have roads but no road joins them.
     *
     * @throws IllegalArgumentException for an unknown place id
     */
    public Optional<Leg> leg(String fromId, String toId) {
        Place from = network.places().get(fromId);
        Place to = network.places().get(toId);
        if (fromId.equals(toId)) {
            return Optional.of(new Leg(fromId, toId, 0, 0, 0));
        }
        Leg direct = offRoad(from, to, 0, 0, straightM(from, to));
        if (onRoads.isEmpty()) {
            return Optional.of(direct);
        }
        Place fromAccess = access(from);
        Place toAccess = access(to);
        Optional<Route> route = treeTo.computeIfAbsent(toAccess.id(), network::shortestPathTreeTo)
                .routeFrom(fromAccess.id());
        boolean bothOnRoads = fromAccess == from && toAccess == to;
        if (route.isEmpty()) {
            return bothOnRoads ? Optional.empty() : Optional.of(direct);
        }
        Leg viaRoads = offRoad(from, to, route.get().lengthM(), route.get().travelTimeS(),
                straightM(from, fromAccess) + straightM(toAccess, to));
        return Optional.of(bothOnRoads || viaRoads.timeS() <= direct.timeS() ? viaRoads : direct);
    }

    private Leg offRoad(Place from, Place to, double roadM, double roadTimeS, double straightOffRoadM) {
        double offRoadM = straightOffRoadM * DETOUR_FACTOR;
        return new Leg(from.id(), to.id(), roadM, offRoadM,
                (roadTimeS + offRoadM / OFF_ROAD_SPEED_M_PER_S) / speedFactor);
    }

    /** The place itself when it has roads, else the place with roads nearest in a straight line (first on a tie). */
    private Place access(Place place) {
        if (onRoads.contains(place.id())) {
            return place;
        }
        Place nearest = null;
        double nearestM = Double.POSITIVE_INFINITY;
        for (Place candidate : network.places().all()) {
            double distanceM = straightM(place, candidate);
            if (onRoads.contains(candidate.id()) && distanceM < nearestM) {
                nearest = candidate;
                nearestM = distanceM;
            }
        }
        return nearest;
    }

    private static double straightM(Place a, Place b) {
        return a.location().distanceToM(b.location());
    }
}
