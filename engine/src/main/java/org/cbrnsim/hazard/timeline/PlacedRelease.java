package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.source.ReleaseSource;

/**
 * A release at a point of the region: its source model, where (local metres, x east, y north), how
 * high, and when it begins.
 *
 * @param id             name of the hazard, for events
 * @param source         release rate into the air over time (t = 0 at the start of the release)
 * @param xM             east of the region's origin (m)
 * @param yM             north of the region's origin (m)
 * @param heightM        release height (m), ≥ 0
 * @param startS         start, seconds after T0, ≥ 0
 */
public record PlacedRelease(String id, ReleaseSource source, double xM, double yM, double heightM, double startS) {

    public PlacedRelease {
        if (!(heightM >= 0) || !(startS >= 0) || !Double.isFinite(xM) || !Double.isFinite(yM)) {
            throw new IllegalArgumentException("release " + id + " needs a finite position, height >= 0 m and start >= 0 s");
        }
    }

    /**
     * Mass released into the air in the step [{@code fromS}, {@code toS}) (seconds after T0), kg. The step
     * that contains the start includes it, so an instantaneous release is emitted whole in that step.
     */
    public double massBetweenKg(double fromS, double toS) {
        return releasedBeforeKg(toS) - releasedBeforeKg(fromS);
    }

    private double releasedBeforeKg(double tS) {
        double sinceStartS = tS - startS;
        return sinceStartS <= 0 ? 0 : source.releasedMassKg(sinceStartS);
    }

    /** True while the source is emitting at {@code tS} (seconds after T0). */
    public boolean isReleasingAt(double tS) {
        double local = tS - startS;
        return local >= 0 && source.rateKgPerS(local) > 0;
    }
}
