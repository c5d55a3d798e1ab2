package org.cbrnsim.population;

/** A test route: a straight line from (x0, y0) to (x1, y1) at constant speed. */
final class StraightRoute implements EvacuationRoute {

    private final double x0;
    private final double y0;
    private final double x1;
    private final double y1;
    private final double durationS;
    private final int destinationPlace;

    StraightRoute(double x0, double y0, double x1, double y1, double speedMPerS, int destinationPlace) {
        this.x0 = x0;
        this.y0 = y0;
        this.x1 = x1;
        this.y1 = y1;
        this.durationS = Math.hypot(x1 - x0, y1 - y0) / speedMPerS;
        this.destinationPlace = destinationPlace;
    }

    @Override
    public double durationS() {
        return durationS;
    }

    @Override
    public void positionAt(double elapsedS, double[] xyM) {
        double f = durationS == 0 ? 1 : Math.min(1, elapsedS / durationS);
        xyM[0] = x0 + f * (x1 - x0);
        xyM[1] = y0 + f * (y1 - y0);
    }

    @Override
    public int destinationPlace() {
        return destinationPlace;
    }
}
