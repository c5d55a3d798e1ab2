package org.cbrnsim.response;

import java.util.Objects;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.scene.ForecastDistance;
import org.cbrnsim.response.scene.ObservedDistance;
import org.cbrnsim.response.units.Incident;

/**
 * One release the responders answer, as the run sees it.
 *
 * @param incident       the hazard, the place units drive to and the country that answers
 * @param sourceM        where the release is (local metres)
 * @param releaseStartS  when it starts (s after T0)
 * @param windFromDeg    the direction the wind blows from when it starts (degrees from north): the access point
 *                       lies that way, upwind
 * @param forecast       the dispersion model's forecast distance per AEGL tier
 * @param observed       what readings of the simulated field show per tier and time
 */
public record IncidentSite(Incident incident, LocalPoint sourceM, double releaseStartS, double windFromDeg,
                           ForecastDistance forecast, ObservedDistance observed) {

    public IncidentSite {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(sourceM, "sourceM");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(observed, "observed");
    }

    /** The point {@code distanceM} upwind of the source (where the wind came from at the start). */
    public LocalPoint upwindM(double distanceM) {
        double rad = Math.toRadians(windFromDeg);
        return new LocalPoint(sourceM.xM() + distanceM * Math.sin(rad), sourceM.yM() + distanceM * Math.cos(rad));
    }
}
