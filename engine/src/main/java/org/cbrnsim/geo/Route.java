package org.cbrnsim.geo;

import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * A route through the road network: the places passed, in order, with the road length and travel time from the
 * start to each of them, so a mover that left at time 0 can be placed along it at any later time. Between two places
 * the mover goes at the road's constant speed along the straight line joining them. Immutable.
 */
public final class Route {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final List<String> placeIds;
    private final List<Road> roads;
    private final double[] xM;
    private final double[] yM;
    private final double[] cumulativeLengthM;
    private final double[] cumulativeTimeS;

    /** A route through {@code places} (at least one) along {@code roads} (one fewer, road i joins places i and i+1). */
    Route(List<Place> places, List<Road> roads) {
        if (places.isEmpty() || roads.size() != places.size() - 1) {
            throw new IllegalArgumentException("a route of n places needs n − 1 roads, got " + places.size()
                    + " places and " + roads.size() + " roads");
        }
        int n = places.size();
        this.placeIds = places.stream().map(Place::id).toList();
        this.roads = List.copyOf(roads);
        this.xM = new double[n];
        this.yM = new double[n];
        this.cumulativeLengthM = new double[n];
        this.cumulativeTimeS = new double[n];
        for (int i = 0; i < n; i++) {
            xM[i] = places.get(i).xM();
            yM[i] = places.get(i).yM();
            if (i > 0) {
                Road road = roads.get(i - 1);
                cumulativeLengthM[i] = cumulativeLengthM[i - 1] + road.lengthM();
                cumulativeTimeS[i] = cumulativeTimeS[i - 1] + road.travelTimeS();
            }
        }
    }

    /** The place ids, from the origin to the destination. */
    public List<String> placeIds() {
        return placeIds;
    }

    /** The roads driven, in order; road i joins place i and place i + 1. */
    public List<Road> roads() {
        return roads;
    }

    /** Where the route starts. */
    public String originId() {
        return placeIds.get(0);
    }

    /** Where the route ends. */
    public String destinationId() {
        return placeIds.get(placeIds.size() - 1);
    }

    /** Number of places on the route (1 when the origin is the destination). */
    public int vertexCount() {
        return placeIds.size();
    }

    /** The local point of place {@code i} on the route. */
    public LocalPoint vertex(int i) {
        return new LocalPoint(xM[i], yM[i]);
    }

    /** Road length from the origin to place {@code i} (m). */
    public double cumulativeLengthM(int i) {
        return cumulativeLengthM[i];
    }

    /** Travel time from the origin to place {@code i} (s). */
    public double cumulativeTimeS(int i) {
        return cumulativeTimeS[i];
    }

    /** Total road length (m). */
    public double lengthM() {
        return cumulativeLengthM[cumulativeLengthM.length - 1];
    }

    /** Total travel time (s). */
    public double travelTimeS() {
        return cumulativeTimeS[cumulativeTimeS.length - 1];
    }

    /** The route drawn through its places, local metres (two equal points when the origin is the destination). */
    public LineString polyline() {
        int n = xM.length;
        Coordinate[] coordinates = new Coordinate[Math.max(n, 2)];
        for (int i = 0; i < coordinates.length; i++) {
            int vertex = Math.min(i, n - 1);
            coordinates[i] = new Coordinate(xM[vertex], yM[vertex]);
        }
        return GEOMETRY.createLineString(coordinates);
    }

    /**
     * Where a mover that left the origin {@code elapsedS} seconds ago is: interpolated in time between the places
     * it is travelling between (constant speed on each road); at the destination once the travel time has passed.
     *
     * @throws IllegalArgumentException when {@code elapsedS} is negative or not a number
     */
    public LocalPoint positionAt(double elapsedS) {
        if (!(elapsedS >= 0)) {
            throw new IllegalArgumentException("elapsed time on a route must be ≥ 0 s, got " + elapsedS);
        }
        return interpolate(cumulativeTimeS, elapsedS);
    }

    /**
     * Where a mover is after covering {@code distanceM} metres of the route from its origin (for walkers, who
     * keep their own pace whatever the roads' speeds); at the destination beyond the route's length.
     *
     * @throws IllegalArgumentException when {@code distanceM} is negative or not a number
     */
    public LocalPoint positionAtDistance(double distanceM) {
        if (!(distanceM >= 0)) {
            throw new IllegalArgumentException("distance along a route must be ≥ 0 m, got " + distanceM);
        }
        return interpolate(cumulativeLengthM, distanceM);
    }

    private LocalPoint interpolate(double[] cumulative, double value) {
        int last = cumulative.length - 1;
        if (value >= cumulative[last]) {
            return vertex(last);
        }
        int found = Arrays.binarySearch(cumulative, value);
        if (found >= 0) {
            return vertex(found);
        }
        int next = -found - 1;
        int previous = next - 1;
        double fraction = (value - cumulative[previous]) / (cumulative[next] - cumulative[previous]);
        return new LocalPoint(xM[previous] + fraction * (xM[next] - xM[previous]),
                yM[previous] + fraction * (yM[next] - yM[previous]));
    }
}
