package org.cbrnsim.hazard.atmosphere;

import org.cbrnsim.units.IdealGas;
/**
 * The weather a release meets: the 10 m wind, the stability class, the ground's roughness, the air's
 * temperature and pressure, and an optional inversion lid.
 *
 * @param windSpeed10mMps  wind speed at 10 m, m/s; at least 1 m/s, the lower limit of ALOHA's models
 *                         (ALOHA Technical Documentation, Jones et al. 2013, §1.2; dispersion.md §1.5)
 * @param stability        Pasquill stability class
 * @param roughnessM       roughness length z0, m (see {@link Roughness#lengthM})
 * @param temperatureK     air temperature, K
 * @param pressurePa       air pressure, Pa
 * @param inversionHeightM height of the inversion lid, m; +∞ when there is none. ALOHA accepts a lid only
 *                         with the stable classes E and F ({@link StabilityClass#isStable()})
 */
public record Atmosphere(double windSpeed10mMps, StabilityClass stability, double roughnessM,
                         double temperatureK, double pressurePa, double inversionHeightM) {

    /** The standard atmosphere at sea level, Pa. */
    public static final double STANDARD_PRESSURE_PA = IdealGas.STANDARD_PRESSURE_PA;
    /** The lowest 10 m wind ALOHA's models accept, m/s. */
    public static final double MIN_WIND_SPEED_MPS = 1.0;

    /** @throws IllegalArgumentException naming the value that is out of range and why */
    public Atmosphere {
        if (!(windSpeed10mMps >= MIN_WIND_SPEED_MPS) || Double.isInfinite(windSpeed10mMps)) {
            throw new IllegalArgumentException("wind speed at 10 m must be >= 1 m/s (the lower limit of"
                    + " ALOHA's models), got " + windSpeed10mMps);
        }
        if (stability == null) {
            throw new IllegalArgumentException("expected a stability class A-F, got none");
        }
        ObukhovLength.requireRoughness(roughnessM);
        if (!(temperatureK > 0) || Double.isInfinite(temperatureK)) {
            throw new IllegalArgumentException("air temperature must be > 0 K, got " + temperatureK);
        }
        if (!(pressurePa > 0) || Double.isInfinite(pressurePa)) {
            throw new IllegalArgumentException("air pressure must be > 0 Pa, got " + pressurePa);
        }
        if (!(inversionHeightM > 0)) {
            throw new IllegalArgumentException(
                    "inversion height must be > 0 m (infinity for none), got " + inversionHeightM);
        }
        if (Double.isFinite(inversionHeightM) && !stability.isStable()) {
            throw new IllegalArgumentException("an inversion lid is accepted only with stability class E or F"
                    + " (as in ALOHA), got class " + stability + " with a lid at " + inversionHeightM + " m");
        }
    }

    /** Weather at standard pressure without an inversion. */
    public static Atmosphere of(double windSpeed10mMps, StabilityClass stability, double roughnessM,
                                double temperatureK) {
        return new Atmosphere(windSpeed10mMps, stability, roughnessM, temperatureK, STANDARD_PRESSURE_PA,
                Double.POSITIVE_INFINITY);
    }

    /** The same weather with an inversion lid at {@code heightM} (+∞ removes it). */
    public Atmosphere withInversionHeightM(double heightM) {
        return new Atmosphere(windSpeed10mMps, stability, roughnessM, temperatureK, pressurePa, heightM);
    }

    /** The same weather at another air pressure. */
    public Atmosphere withPressurePa(double newPressurePa) {
        return new Atmosphere(windSpeed10mMps, stability, roughnessM, temperatureK, newPressurePa,
                inversionHeightM);
    }

    /** True when an inversion lid caps the mixing. */
    public boolean hasInversion() {
        return Double.isFinite(inversionHeightM);
    }

    /** The wind that carries a passive cloud released at this height ({@link WindProfile#transportWindMps}). */
    public double transportWindMps(double releaseHeightM) {
        return WindProfile.transportWindMps(windSpeed10mMps, stability, roughnessM, releaseHeightM);
    }

    /** Density of dry air as an ideal gas, ρ = p·M/(R·T), kg/m³. */
    public double airDensityKgPerM3() {
        return IdealGas.dryAirDensityKgPerM3(temperatureK, pressurePa);
    }

    /** ALOHA's Obukhov length for this class and roughness ({@link ObukhovLength#fromClassM}), m. */
    public double obukhovLengthM() {
        return ObukhovLength.fromClassM(stability, roughnessM);
    }
}
