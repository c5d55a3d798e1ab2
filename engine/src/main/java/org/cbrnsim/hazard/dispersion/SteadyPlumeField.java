package org.cbrnsim.hazard.dispersion;

import java.util.OptionalDouble;

/**
 * The steady spatial field of a continuous release, per unit emission rate, that {@link FiniteDurationPlume}
 * smears along the wind for a release of finite duration (Palazzi et al. 1982). ALOHA applies the same
 * smearing to its Gaussian and its heavy-gas plume (ALOHA 5.4.4 Technical Documentation, Jones et al. 2013,
 * §4.3 and §4.4; dispersion.md §1.3, §1.7). Implemented by {@link GaussianPlume} (χ/Q independent of Q) and
 * by {@code densegas.BritterMcQuaidSteadyField} (the dense plume of one rate).
 */
public interface SteadyPlumeField {

    /**
     * Steady concentration per unit emission rate, χ/Q (s/m³), at downwind distance x, crosswind offset y
     * and height z (m), for z between 0 and {@link #highestReceptorHeightM()}. Where the field has no
     * extent upwind of the source it is zero at x ≤ 0.
     */
    double concentrationPerRate(double xM, double yM, double zM);

    /** Speed (m/s) at which the cloud travels downwind, &gt; 0: it sets the arrival time x/U. */
    double transportSpeedMps();

    /** Highest receptor height (m) at which the field is defined: the inversion lid, or 0 for a ground-level model. */
    double highestReceptorHeightM();

    /** Name of the model and its parameterisation, for outputs. */
    String name();

    /**
     * The one emission rate (kg/s) the field holds for when it is not proportional to the rate, as a dense
     * cloud's is not (its spreading depends on the rate); empty when χ/Q does not depend on Q, so that
     * steps of any rates can be superposed.
     */
    default OptionalDouble fixedRateKgPerS() {
        return OptionalDouble.empty();
    }
}
