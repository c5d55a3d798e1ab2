package org.cbrnsim.hazard.dispersion;

import java.util.Objects;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Along-wind spread σx = a·x<sup>b</sup> (x, σx in metres) after Beals (1971), <i>Guide to local diffusion
 * of air pollutants</i>, USAF Air Weather Service Technical Report 214, as used by ALOHA for the
 * finite-duration smearing of a plume (ALOHA 5.4.4 Technical Documentation, Jones et al. 2013, Table 13).
 *
 * @param stability the Pasquill stability class
 */
public record BealsAlongWindSpread(StabilityClass stability) implements AlongWindSpread {

    /** Classes A–F: A–C share one fit, D has its own, E–F share one. */
    private static final PowerLaw[] SIGMA_X = {
        new PowerLaw(0.02, 1.22), new PowerLaw(0.02, 1.22), new PowerLaw(0.02, 1.22),
        new PowerLaw(0.04, 1.14), new PowerLaw(0.17, 0.97), new PowerLaw(0.17, 0.97)};

    public BealsAlongWindSpread {
        Objects.requireNonNull(stability, "stability class");
    }

    @Override
    public double sigmaXM(double xM) {
        return SIGMA_X[stability.ordinal()].at(DownwindDistance.require(xM));
    }

    @Override
    public String name() {
        return "Beals (1971) σx, class " + stability;
    }
}
