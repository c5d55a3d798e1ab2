package org.cbrnsim.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm.SingleSourcePaths;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.WeightedMultigraph;

/**
 * The road network of a scenario: places joined by undirected roads, each weighted by its travel time
 * (length / speed), with fastest routes by Dijkstra's algorithm (Dijkstra 1959, "A note on two problems in connexion
 * with graphs", Numer. Math. 1:269–271; JGraphT's {@link DijkstraShortestPath}).
 *
 * <p>Routes are fastest, not shortest. The route to a destination is always the path to it in the shortest-path
 * tree rooted at that destination ({@link #shortestPathTreeTo}), whichever method asks, so {@link #route} and
 * {@link RouteTree#routeFrom} agree. Many movers heading to one destination share one tree: one Dijkstra, not one per
 * mover.
 *
 * <p>Determinism: the graph is built in a fixed order (every place in the given order, then every road in the given
 * order; JGraphT keeps vertices and edges in insertion-ordered maps) and Dijkstra's search is itself deterministic,
 * so between routes of equal travel time the same one is chosen on every run. Which one depends on the order of the
 * scenario's places and roads. Among destinations at equal travel time, the smallest id is chosen.
 *
 * <p>Places without roads are vertices with no edges: every other place is unreachable from them. The graph is never
 * modified after construction, so queries may run concurrently.
 */
public final class RoadNetwork {

    private final Places places;
    private final List<Road> roads;
    private final Graph<String, Edge> graph = new WeightedMultigraph<>(Edge.class);

    /**
     * The network of {@code roads} between {@code places}.
     *
     * @throws IllegalArgumentException when a road names an unknown place
     */
    public RoadNetwork(Places places, List<Road> roads) {
        this.places = places;
        this.roads = List.copyOf(roads);
        for (Place place : places.all()) {
            graph.addVertex(place.id());
        }
        for (Road road : this.roads) {
            places.get(road.fromId());
            places.get(road.toId());
            Edge edge = new Edge(road);
            graph.addEdge(road.fromId(), road.toId(), edge);
            graph.setEdgeWeight(edge, road.travelTimeS());
        }
    }

    /** The places (vertices). */
    public Places places() {
        return places;
    }

    /** The roads (edges), in the given order. */
    public List<Road> roads() {
        return roads;
    }

    /** The fastest route between two places; empty when no road links them. */
    public Optional<Route> route(String fromId, String toId) {
        return shortestPathTreeTo(toId).routeFrom(fromId);
    }

    /** The fastest routes from every place to {@code destinationId}, from one Dijkstra search. */
    public RouteTree shortestPathTreeTo(String destinationId) {
        places.get(destinationId);
        return new RouteTree(this, destinationId, new DijkstraShortestPath<>(graph).getPaths(destinationId));
    }

    /**
     * The fastest route from {@code fromId} to whichever of {@code destinationIds} is reached first by road (on a tie
     * the smallest id); empty when none can be reached.
     *
     * @throws IllegalArgumentException when there are no destinations or an id is unknown
     */
    public Optional<Route> nearestDestination(String fromId, Collection<String> destinationIds) {
        if (destinationIds.isEmpty()) {
            throw new IllegalArgumentException("nearest destination needs at least one destination place id");
        }
        places.get(fromId);
        SingleSourcePaths<String, Edge> fromOrigin = new DijkstraShortestPath<>(graph).getPaths(fromId);
        String nearest = null;
        double nearestS = Double.POSITIVE_INFINITY;
        for (String destinationId : new TreeSet<>(destinationIds)) {
            places.get(destinationId);
            double travelS = fromOrigin.getWeight(destinationId);
            if (travelS < nearestS) {
                nearest = destinationId;
                nearestS = travelS;
            }
        }
        return nearest == null ? Optional.empty() : route(fromId, nearest);
    }

    /** The route along a path of the tree rooted at the destination (so given from the destination back). */
    Route routeAlong(GraphPath<String, Edge> pathFromDestination) {
        List<Place> vertices = new ArrayList<>();
        for (String id : pathFromDestination.getVertexList()) {
            vertices.add(places.get(id));
        }
        List<Road> driven = new ArrayList<>();
        for (Edge edge : pathFromDestination.getEdgeList()) {
            driven.add(edge.road);
        }
        Collections.reverse(vertices);
        Collections.reverse(driven);
        return new Route(vertices, driven);
    }

    /** A graph edge: one road, compared by identity so that two equal roads stay two edges. */
    static final class Edge {
        final Road road;

        Edge(Road road) {
            this.road = road;
        }
    }
}
