package org.cbrnsim.hazard.atmosphere;

/**
 * Power-law wind profiles U(z) = U_ref·(z/z_ref)^p with an exponent p for each Pasquill class.
 */
public enum WindPowerLaw {
    /**
     * ALOHA Technical Documentation (Jones et al. 2013) Table 7, after Havens &amp; Spicer (DEGADIS);
     * dispersion.md §1.5.
     */
    ALOHA(0.108, 0.112, 0.120, 0.142, 0.203, 0.253),
    /** CCPS (1999) <i>Guidelines for Consequence Analysis</i>, after Irwin (1979), rural; dispersion.md §2.5. */
    IRWIN_RURAL(0.07, 0.07, 0.10, 0.15, 0.35, 0.55),
    /** CCPS (1999), after Irwin (1979), urban; dispersion.md §2.5. */
    IRWIN_URBAN(0.15, 0.15, 0.20, 0.25, 0.40, 0.60);

    private final double[] exponents;

    WindPowerLaw(double... exponentsAtoF) {
        this.exponents = exponentsAtoF;
    }

    /** The exponent p for a class. */
    public double exponent(StabilityClass stability) {
        return exponents[stability.ordinal()];
    }

    /**
     * Wind speed at {@code heightM} from a speed measured at {@code referenceHeightM}.
     *
     * @throws IllegalArgumentException on a negative speed or a height that is not positive
     */
    public double speedMps(double referenceSpeedMps, double referenceHeightM, double heightM,
                           StabilityClass stability) {
        WindProfile.requireWindSpeed(referenceSpeedMps);
        if (!(referenceHeightM > 0) || !(heightM > 0)
                || Double.isInfinite(referenceHeightM) || Double.isInfinite(heightM)) {
            throw new IllegalArgumentException(
                    "heights must be > 0 m, got " + referenceHeightM + " m and " + heightM + " m");
        }
        return referenceSpeedMps * Math.pow(heightM / referenceHeightM, exponent(stability));
    }
}
