package org.cbrnsim.population;

/**
 * Moves evacuees along their routes. A resident who departed at t_d is at
 * <pre>  p(t) = route(t − t_d) + (home − route start)·(1 − (t − t_d)/T)</pre>
 * with T the route's duration: the road network starts at the place centre, and the resident's own
 * offset from it shrinks linearly, so they leave from their home and arrive at the destination
 * (a kinematic blend of ours, no source). At t − t_d ≥ T they are {@link LocationState#ARRIVED}
 * at the route's end and leave the hazard. Positions are exact functions of time, not of the step.
 */
final class EvacuationMovement {

    private final double[] xy = new double[2];

    /**
     * Moves every living evacuee of {@code enRoute} to their position at {@code tS}, counting arrivals
     * per destination; drops the arrived and the dead from the list, keeping the order of the rest.
     */
    void step(Residents r, OutdoorGrid grid, RouteTable routes, double tS, ResidentList enRoute, StepTally arrivals) {
        int kept = 0;
        for (int k = 0; k < enRoute.size(); k++) {
            int i = enRoute.get(k);
            if (r.isDead(i)) {
                continue;
            }
            int place = r.homePlace[i];
            boolean onFoot = r.has(i, Residents.ON_FOOT);
            EvacuationRoute route = routes.route(place, onFoot);
            double elapsedS = tS - r.departureS[i];
            double durationS = route.durationS();
            if (elapsedS >= durationS) {
                route.positionAt(durationS, xy);
                r.location[i] = LocationState.ARRIVED.code();
                r.set(i, Residents.EN_ROUTE, false);
                r.set(i, Residents.SEALED, false);
                arrivals.add(route.destinationPlace());
            } else {
                enRoute.put(kept++, i);
                route.positionAt(elapsedS, xy);
                double remaining = 1.0 - elapsedS / durationS;
                xy[0] += (r.homeXM[i] - routes.startXM(place, onFoot)) * remaining;
                xy[1] += (r.homeYM[i] - routes.startYM(place, onFoot)) * remaining;
            }
            r.xM[i] = (float) xy[0];
            r.yM[i] = (float) xy[1];
            grid.moveTo(i, r.xM[i], r.yM[i]);
        }
        enRoute.truncate(kept);
    }
}
