package org.cbrnsim.response.scene;

/** The concentration of the simulated cloud at one point and time. */
@FunctionalInterface
public interface PointConcentration {

    /** Concentration (kg/m³) at local point ({@code xM}, {@code yM}) at {@code tS} (s after T0). */
    double kgPerM3(double xM, double yM, double tS);
}
