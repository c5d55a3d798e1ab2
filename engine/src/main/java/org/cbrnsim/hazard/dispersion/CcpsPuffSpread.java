package org.cbrnsim.hazard.dispersion;

import java.util.Objects;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Dispersion coefficients of an instantaneous puff, σx = σy = a·x<sup>b</sup> and σz = a·x<sup>b</sup>
 * (x = travel distance in metres): Slade (1968), <i>Meteorology and Atomic Energy</i>, as tabulated in
 * CCPS (1999), <i>Guidelines for Consequence Analysis of Chemical Releases</i> (reference notes
 * dispersion.md §2.4). {@link #sigmaYM} is also the along-wind σx of the puff.
 *
 * @param stability the Pasquill stability class
 */
public record CcpsPuffSpread(StabilityClass stability) implements PlumeSpread {

    /** σy = σx, classes A–F. */
    private static final PowerLaw[] SIGMA_Y = {
        new PowerLaw(0.18, 0.92), new PowerLaw(0.14, 0.92), new PowerLaw(0.10, 0.92),
        new PowerLaw(0.06, 0.92), new PowerLaw(0.04, 0.92), new PowerLaw(0.02, 0.89)};
    /** σz, classes A–F. */
    private static final PowerLaw[] SIGMA_Z = {
        new PowerLaw(0.60, 0.75), new PowerLaw(0.53, 0.73), new PowerLaw(0.34, 0.71),
        new PowerLaw(0.15, 0.70), new PowerLaw(0.10, 0.65), new PowerLaw(0.05, 0.61)};

    public CcpsPuffSpread {
        Objects.requireNonNull(stability, "stability class");
    }

    @Override
    public double sigmaYM(double xM) {
        return SIGMA_Y[stability.ordinal()].at(DownwindDistance.require(xM));
    }

    @Override
    public double sigmaZM(double xM) {
        return SIGMA_Z[stability.ordinal()].at(DownwindDistance.require(xM));
    }

    @Override
    public String name() {
        return "CCPS puff (Slade 1968), class " + stability;
    }
}
