package org.cbrnsim.population;

/**
 * The outdoor (ground-level, breathing-height) concentration field at the current time, supplied
 * by the integrator from the hazard model. {@link Population#expose} calls it once per step with
 * the centres of the grid cells that residents occupy, never once per resident.
 */
@FunctionalInterface
public interface ConcentrationAt {

    /**
     * Writes into {@code outKgPerM3[k]} the concentration (kg/m³, ≥ 0) at ({@code xsM[k]},
     * {@code ysM[k]}) local metres, for k &lt; {@code count}.
     */
    void sample(float[] xsM, float[] ysM, int count, double[] outKgPerM3);
}
