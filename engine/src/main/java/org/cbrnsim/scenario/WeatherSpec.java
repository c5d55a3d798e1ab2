package org.cbrnsim.scenario;

import java.util.Objects;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * The weather from a time on (until the next entry of the scenario's weather list).
 *
 * @param atS              when it sets in (s after T0, ≥ 0)
 * @param windSpeedMps     wind speed at 10 m (m/s, ≥ 1, the lower limit of ALOHA's models)
 * @param windFromDeg      the direction the wind blows FROM, degrees clockwise from true north (0–360)
 * @param stability        Pasquill stability class
 * @param temperatureK     air temperature (K)
 * @param roughness        the ground's roughness
 * @param inversionHeightM height of the inversion lid (m), +∞ when there is none; only with class E or F
 * @param precipitationMps liquid precipitation rate (m/s of water depth, "2 mm/h" is 5.56×10⁻⁷), ≥ 0
 * @param fog              true when fog is reported
 */
public record WeatherSpec(double atS, double windSpeedMps, double windFromDeg, StabilityClass stability,
                          double temperatureK, Roughness roughness, double inversionHeightM,
                          double precipitationMps, boolean fog) {

    /**
     * @throws IllegalArgumentException for what {@link Atmosphere} refuses, a negative time, a bearing off 0–360
     *                                  or a negative precipitation rate
     */
    public WeatherSpec {
        Check.nonNegative("weather time", atS, "s");
        Check.nonNegative("precipitation rate", precipitationMps, "m/s");
        if (!(windFromDeg >= 0 && windFromDeg <= 360)) {
            throw new IllegalArgumentException("wind direction must be between 0 and 360 degrees, got " + windFromDeg);
        }
        Objects.requireNonNull(roughness, "roughness");
        atmosphere(windSpeedMps, stability, roughness, temperatureK, inversionHeightM);
    }

    /** Dry weather: no precipitation, no fog. */
    public WeatherSpec(double atS, double windSpeedMps, double windFromDeg, StabilityClass stability,
                       double temperatureK, Roughness roughness, double inversionHeightM) {
        this(atS, windSpeedMps, windFromDeg, stability, temperatureK, roughness, inversionHeightM, 0, false);
    }

    /** This weather as the dispersion models take it, at standard sea-level pressure. */
    public Atmosphere atmosphere() {
        return atmosphere(windSpeedMps, stability, roughness, temperatureK, inversionHeightM);
    }

    /** True when an inversion lid caps the mixing. */
    public boolean hasInversion() {
        return Double.isFinite(inversionHeightM);
    }

    private static Atmosphere atmosphere(double windSpeedMps, StabilityClass stability, Roughness roughness,
                                         double temperatureK, double inversionHeightM) {
        return new Atmosphere(windSpeedMps, stability, roughness.lengthM(windSpeedMps), temperatureK,
                Atmosphere.STANDARD_PRESSURE_PA, inversionHeightM);
    }
}
