package org.cbrnsim.response;

import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.geo.Place;
import org.cbrnsim.geo.Places;
import org.cbrnsim.response.care.TravelTime;
import org.cbrnsim.response.units.RoadTravel;

/**
 * Travel time between two points over the roads: from each point to the nearest place in a straight line ×
 * {@link RoadTravel#DETOUR_FACTOR} at {@link RoadTravel#OFF_ROAD_SPEED_M_PER_S} [A], and between the two places by
 * {@link RoadTravel}; the straight line alone when no road joins them.
 */
final class PlaceTravelTime implements TravelTime {

    private final Places places;
    private final RoadTravel roads;
    private final double offRoadMPerS;

    /** @param speedFactor the factor {@code roads} drives at, applied to the off-road legs too */
    PlaceTravelTime(Places places, RoadTravel roads, double speedFactor) {
        this.places = Objects.requireNonNull(places, "places");
        this.roads = Objects.requireNonNull(roads, "roads");
        this.offRoadMPerS = RoadTravel.OFF_ROAD_SPEED_M_PER_S * speedFactor;
    }

    @Override
    public double seconds(LocalPoint from, LocalPoint to) {
        Place a = nearest(from);
        Place b = nearest(to);
        double offRoadS = (offRoadM(from, a) + offRoadM(to, b)) / speed();
        double straightS = offRoadM(from, to) / speed();
        return roads.leg(a.id(), b.id()).map(leg -> Math.min(straightS, offRoadS + leg.timeS())).orElse(straightS);
    }

    private double speed() {
        return offRoadMPerS;
    }

    private static double offRoadM(LocalPoint point, Place place) {
        return offRoadM(point, place.location());
    }

    private static double offRoadM(LocalPoint a, LocalPoint b) {
        return a.distanceToM(b) * RoadTravel.DETOUR_FACTOR;
    }

    private Place nearest(LocalPoint point) {
        Place best = null;
        double bestM = Double.POSITIVE_INFINITY;
        for (Place place : places.all()) {
            double m = place.location().distanceToM(point);
            if (m < bestM) {
                best = place;
                bestM = m;
            }
        }
        return best;
    }
}
