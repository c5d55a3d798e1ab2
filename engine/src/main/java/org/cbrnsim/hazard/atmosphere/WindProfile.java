package org.cbrnsim.hazard.atmosphere;

/**
 * The surface-layer wind profile of ALOHA, scaled from the 10 m wind:
 * U(z) = U10 · [ln((z+z0)/z0) − ψ(z/L)] / [ln((10+z0)/z0) − ψ(10/L)]
 * (ALOHA Technical Documentation, Jones et al. 2013, §4.2.3; reference notes dispersion.md §1.5).
 *
 * <p>ψ is the Businger et al. (1971, J. Atmos. Sci. 28:181–189) stability correction in the integrated
 * form of Paulson (1970, J. Appl. Meteorol. 9:857–861): ψ = −4.7ζ when stable (ζ &gt; 0) and
 * ψ = 2 ln((1+a)/2) + ln((1+a²)/2) − 2 atan(a) + π/2 with a = (1 − 15ζ)^¼ when unstable.
 * The friction velocity and von Kármán constant cancel in the ratio; {@link #frictionVelocityMps} gives u* from
 * the same profile, and {@link #heatStabilityCorrection} the matching ψ for heat and trace gases.
 */
public final class WindProfile {

    /** Height of the reference (measured) wind, m. */
    public static final double REFERENCE_HEIGHT_M = 10.0;

    /**
     * Height of the wind that carries a passive cloud in ALOHA, m: "U3, the wind speed at 3 metres"
     * (Tech Doc §4.5.3); found empirically by HAZEL and reproduced in dispersion.md §1.11.
     */
    public static final double TRANSPORT_HEIGHT_M = 3.0;

    /** Von Kármán's constant κ as Seinfeld &amp; Pandis (2006, §16.4) use it in the surface-layer profiles. */
    public static final double VON_KARMAN = 0.4;

    private WindProfile() {
    }

    /** The Businger–Paulson stability correction ψ(ζ) for ζ = z/L; 0 when neutral. */
    public static double stabilityCorrection(double zeta) {
        if (zeta >= 0) {
            return -4.7 * zeta;
        }
        double a = unstableFactor(zeta);
        return 2 * Math.log((1 + a) / 2) + Math.log((1 + a * a) / 2) - 2 * Math.atan(a) + Math.PI / 2;
    }

    /**
     * The stability correction ψ<sub>h</sub>(ζ) of the profile of heat and of a trace gas: the same −4.7ζ as
     * {@link #stabilityCorrection} when stable, and Paulson's (1970) ψ<sub>h</sub> = 2 ln((1+a²)/2) with the same
     * a = (1 − 15ζ)^¼ when unstable, i.e. φ<sub>h</sub> = 1 + 4.7ζ and (1 − 15ζ)<sup>−½</sup>, the forms of
     * Seinfeld &amp; Pandis (2006, §19.3, Eqs. 19.13–19.16) behind the aerodynamic resistance.
     */
    public static double heatStabilityCorrection(double zeta) {
        if (zeta >= 0) {
            return stabilityCorrection(zeta);
        }
        double a = unstableFactor(zeta);
        return 2 * Math.log((1 + a * a) / 2);
    }

    /**
     * The friction velocity u* (m/s) of this profile under the 10 m wind:
     * u* = κ·U10 / [ln((10+z0)/z0) − ψ(10/L)], the profile's denominator times u* / κ.
     *
     * @throws IllegalArgumentException on a negative wind, z0 that is not positive, or L = 0
     */
    public static double frictionVelocityMps(double windSpeed10mMps, double roughnessM, double obukhovLengthM) {
        requireWindSpeed(windSpeed10mMps);
        ObukhovLength.requireRoughness(roughnessM);
        ObukhovLength.requireLength(obukhovLengthM);
        return VON_KARMAN * windSpeed10mMps / shape(REFERENCE_HEIGHT_M, roughnessM, obukhovLengthM);
    }

    private static double unstableFactor(double zeta) {
        return Math.pow(1 - 15 * zeta, 0.25);
    }

    /**
     * Wind speed at {@code heightM} from the 10 m wind over roughness z0 with Obukhov length L
     * (±∞ when neutral).
     *
     * @throws IllegalArgumentException on a negative wind, a height or z0 that is not positive, L = 0, or a
     *                                  height so low for the roughness and instability that the profile
     *                                  is not positive there
     */
    public static double logSpeedMps(double windSpeed10mMps, double heightM, double roughnessM,
                                     double obukhovLengthM) {
        requireWindSpeed(windSpeed10mMps);
        if (!(heightM > 0) || Double.isInfinite(heightM)) {
            throw new IllegalArgumentException("height must be > 0 m, got " + heightM);
        }
        ObukhovLength.requireRoughness(roughnessM);
        ObukhovLength.requireLength(obukhovLengthM);
        double ratio = shape(heightM, roughnessM, obukhovLengthM)
                / shape(REFERENCE_HEIGHT_M, roughnessM, obukhovLengthM);
        if (!(ratio > 0)) {
            throw new IllegalArgumentException("the log wind profile is not positive at " + heightM
                    + " m over roughness " + roughnessM + " m with L = " + obukhovLengthM + " m");
        }
        return windSpeed10mMps * ratio;
    }

    /**
     * ALOHA's transport wind of a passive (Gaussian) cloud: the log-profile wind at 3 m, or at the release
     * height when that is higher, with L from the class and z0 ({@link ObukhovLength#fromClassM}).
     */
    public static double transportWindMps(double windSpeed10mMps, StabilityClass stability, double roughnessM,
                                          double releaseHeightM) {
        if (!(releaseHeightM >= 0) || Double.isInfinite(releaseHeightM)) {
            throw new IllegalArgumentException("release height must be >= 0 m, got " + releaseHeightM);
        }
        double heightM = Math.max(TRANSPORT_HEIGHT_M, releaseHeightM);
        return logSpeedMps(windSpeed10mMps, heightM, roughnessM,
                ObukhovLength.fromClassM(stability, roughnessM));
    }

    static void requireWindSpeed(double speedMps) {
        if (!(speedMps >= 0) || Double.isInfinite(speedMps)) {
            throw new IllegalArgumentException("wind speed must be >= 0 m/s, got " + speedMps);
        }
    }

    private static double shape(double heightM, double roughnessM, double obukhovLengthM) {
        return Math.log((heightM + roughnessM) / roughnessM) - stabilityCorrection(heightM / obukhovLengthM);
    }
}
