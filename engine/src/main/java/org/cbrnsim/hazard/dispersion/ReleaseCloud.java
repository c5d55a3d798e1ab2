package org.cbrnsim.hazard.dispersion;

/**
 * The cloud of one release in a steady, uniform wind, in a frame whose x axis points downwind from
 * the source and whose y axis is crosswind; concentrations are at the receptor height the cloud was
 * built for. Implemented by the passive (Gaussian) and the dense-gas models, so that threat zones,
 * point exposure and the automatic model switch work the same for both.
 */
public interface ReleaseCloud {

    /** Concentration (kg/m³) at (x, y) and time t (s after the release began). */
    double concentrationKgPerM3(double xM, double yM, double tS);

    /** Greatest concentration (kg/m³) at (x, y) over the cloud's time horizon. */
    double peakKgPerM3(double xM, double yM);

    /** Name of the model and parameterisation in use, for outputs. */
    String modelName();
}
