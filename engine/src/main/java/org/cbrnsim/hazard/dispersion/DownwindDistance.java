package org.cbrnsim.hazard.dispersion;

/** Argument check shared by the spread formulas, which are defined only downwind of the source. */
final class DownwindDistance {

    private DownwindDistance() {
    }

    /** Returns {@code xM} when it is a finite distance &gt; 0 m, otherwise throws. */
    static double require(double xM) {
        if (!(xM > 0) || Double.isInfinite(xM)) {
            throw new IllegalArgumentException("downwind distance must be a finite value > 0 m, got " + xM);
        }
        return xM;
    }
}
