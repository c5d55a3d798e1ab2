package org.cbrnsim.geo;

import java.util.Optional;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;

/**
 * The fastest routes from every place to one destination: the shortest-path tree of one Dijkstra search from the
 * destination (roads are undirected, so paths from it are the routes to it, reversed). Built by
 * {@link RoadNetwork#shortestPathTreeTo}. Each call to {@link #routeFrom} builds a new {@link Route}; callers that
 * move many people from one place keep the route. Immutable.
 */
public final class RouteTree {

    private final RoadNetwork network;
    private final String destinationId;
    private final SingleSourcePaths<String, RoadNetwork.Edge> paths;

    RouteTree(RoadNetwork network, String destinationId, SingleSourcePaths<String, RoadNetwork.Edge> paths) {
        this.network = network;
        this.destinationId = destinationId;
        this.paths = paths;
    }

    /** The destination all routes lead to. */
    public String destinationId() {
        return destinationId;
    }

    /** Travel time from {@code originId} to the destination (s); +∞ when no road links them. */
    public double travelTimeSFrom(String originId) {
        network.places().get(originId);
        return paths.getWeight(originId);
    }

    /** The fastest route from {@code originId} to the destination; empty when no road links them. */
    public Optional<Route> routeFrom(String originId) {
        network.places().get(originId);
        GraphPath<String, RoadNetwork.Edge> path = paths.getPath(originId);
        return path == null ? Optional.empty() : Optional.of(network.routeAlong(path));
    }
}
