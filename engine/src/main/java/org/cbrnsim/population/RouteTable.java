package org.cbrnsim.population;

/** The routes of {@link EvacuationRoutes}, asked once per (home place, mode) and kept with their start point. */
final class RouteTable {

    private final EvacuationRoutes routes;
    private final EvacuationRoute[] cached;
    private final boolean[] asked;
    private final double[] startXM;
    private final double[] startYM;
    private final double[] xy = new double[2];
    private final int placeCount;

    RouteTable(EvacuationRoutes routes, int placeCount) {
        this.routes = routes;
        this.placeCount = placeCount;
        int size = placeCount * TravelMode.values().length;
        cached = new EvacuationRoute[size];
        asked = new boolean[size];
        startXM = new double[size];
        startYM = new double[size];
    }

    private static int key(int place, boolean onFoot) {
        return 2 * place + (onFoot ? 1 : 0);
    }

    /** The route of {@code place} for the mode, or null when there is none. */
    EvacuationRoute route(int place, boolean onFoot) {
        int key = key(place, onFoot);
        if (!asked[key]) {
            asked[key] = true;
            EvacuationRoute route = routes.route(place, onFoot ? TravelMode.FOOT : TravelMode.CAR);
            if (route != null) {
                if (!(route.durationS() >= 0 && Double.isFinite(route.durationS()))) {
                    throw new IllegalArgumentException("route duration from place " + place + " must be >= 0 s, got "
                            + route.durationS());
                }
                if (route.destinationPlace() < 0 || route.destinationPlace() >= placeCount) {
                    throw new IllegalArgumentException("route destination must be a place index below " + placeCount
                            + ", got " + route.destinationPlace());
                }
                route.positionAt(0.0, xy);
                startXM[key] = xy[0];
                startYM[key] = xy[1];
            }
            cached[key] = route;
        }
        return cached[key];
    }

    /** Start of the route of {@code place} (its centre), local metres east; the route must exist. */
    double startXM(int place, boolean onFoot) {
        return startXM[key(place, onFoot)];
    }

    /** Start of the route of {@code place}, local metres north; the route must exist. */
    double startYM(int place, boolean onFoot) {
        return startYM[key(place, onFoot)];
    }
}
