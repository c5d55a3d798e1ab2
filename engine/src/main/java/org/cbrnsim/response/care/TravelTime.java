package org.cbrnsim.response.care;

import org.cbrnsim.geo.LocalPoint;

/** Seconds to go from one point to another (local metres) by some means: by road under lights, by car, on foot. */
@FunctionalInterface
public interface TravelTime {

    double seconds(LocalPoint from, LocalPoint to);
}
