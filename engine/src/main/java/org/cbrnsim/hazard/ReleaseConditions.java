package org.cbrnsim.hazard;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ReleaseSource;

/**
 * A release as a stand-alone hazard assessment sees it: what leaves the source, from what height,
 * into which weather, and how the cloud is to be modelled.
 *
 * @param source        the release rate over time and the cloud's initial state
 * @param releaseHeightM height of the release above ground (m, ≥ 0)
 * @param atmosphere    wind, stability, roughness, air temperature and pressure, inversion lid
 * @param sigmaSet      name of the passive dispersion-coefficient set, one of {@link SigmaSets#NAMES}
 * @param model         the dispersion model, or AUTO for the Richardson-number choice
 */
public record ReleaseConditions(ReleaseSource source, double releaseHeightM, Atmosphere atmosphere, String sigmaSet,
                                DispersionModelChoice model) {

    public ReleaseConditions {
        if (!(releaseHeightM >= 0) || Double.isInfinite(releaseHeightM)) {
            throw new IllegalArgumentException("release height must be >= 0 m, got " + releaseHeightM);
        }
        if (!SigmaSets.NAMES.contains(sigmaSet)) {
            throw new IllegalArgumentException("unknown dispersion-coefficient set \"" + sigmaSet + "\"; expected one of "
                    + String.join(", ", SigmaSets.NAMES));
        }
    }
}
