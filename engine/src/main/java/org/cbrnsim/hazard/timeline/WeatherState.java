package org.cbrnsim.hazard.timeline;

import org.cbrnsim.geo.Direction;
import org.cbrnsim.hazard.atmosphere.Atmosphere;

/**
 * The weather from a time on: the atmosphere (10 m wind speed, stability, roughness, air, lid), the
 * direction the wind blows from, in degrees clockwise from true north (meteorological convention), and
 * what falls or hangs in the air (rain rate, fog), which washes soluble gases out of the cloud.
 *
 * @param atS              seconds after T0 from which this weather holds
 * @param atmosphere       wind speed, stability and the rest
 * @param windFromDeg      direction the wind comes from (°, 0 = from the north, 90 = from the east)
 * @param precipitationMps liquid precipitation rate (m/s of water depth; 1 mm/h = 2.78×10⁻⁷ m/s), ≥ 0
 * @param fog              true when fog is reported
 */
public record WeatherState(double atS, Atmosphere atmosphere, double windFromDeg, double precipitationMps,
                           boolean fog) {

    public WeatherState {
        if (!Double.isFinite(atS) || atS < 0) {
            throw new IllegalArgumentException("weather time must be >= 0 s, got " + atS);
        }
        if (!Double.isFinite(windFromDeg)) {
            throw new IllegalArgumentException("wind direction must be finite, got " + windFromDeg);
        }
        if (!(precipitationMps >= 0) || Double.isInfinite(precipitationMps)) {
            throw new IllegalArgumentException("precipitation rate must be a finite value >= 0 m/s, got "
                    + precipitationMps);
        }
    }

    /** Dry weather: no precipitation, no fog. */
    public WeatherState(double atS, Atmosphere atmosphere, double windFromDeg) {
        this(atS, atmosphere, windFromDeg, 0, false);
    }

    /**
     * East and north components (m/s) of a wind of {@code speedMps} blowing from {@link #windFromDeg}:
     * the air moves toward windFrom + 180°.
     */
    public double[] velocityMps(double speedMps) {
        Direction downwind = Direction.downwindOfWindFrom(windFromDeg);
        return new double[] {speedMps * downwind.east(), speedMps * downwind.north()};
    }

    /** The same weather with the wind turned clockwise by {@code deg} degrees (wind-direction meander). */
    WeatherState turnedBy(double deg) {
        return deg == 0 ? this : new WeatherState(atS, atmosphere, windFromDeg + deg, precipitationMps, fog);
    }

    /** True when the σ curves or the lid differ from {@code other}'s (stability, roughness, lid). */
    boolean dispersesDifferentlyFrom(WeatherState other) {
        Atmosphere a = atmosphere;
        Atmosphere b = other.atmosphere;
        return a.stability() != b.stability() || a.roughnessM() != b.roughnessM()
                || a.inversionHeightM() != b.inversionHeightM();
    }
}
