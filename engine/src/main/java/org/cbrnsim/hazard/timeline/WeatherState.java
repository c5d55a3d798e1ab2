package org.cbrnsim.hazard.timeline;

import org.cbrnsim.geo.Direction;
import org.cbrnsim.hazard.atmosphere.Atmosphere;

/**
 * The weather from a time on: the atmosphere (10 m wind speed, stability, roughness, air, lid) and the
 * direction the wind blows from, in degrees clockwise from true north (meteorological convention).
 *
 * @param atS         seconds after T0 from which this weather holds
 * @param atmosphere  wind speed, stability and the rest
 * @param windFromDeg direction the wind comes from (°, 0 = from the north, 90 = from the east)
 */
public record WeatherState(double atS, Atmosphere atmosphere, double windFromDeg) {

    public WeatherState {
        if (!Double.isFinite(atS) || atS < 0) {
            throw new IllegalArgumentException("weather time must be >= 0 s, got " + atS);
        }
        if (!Double.isFinite(windFromDeg)) {
            throw new IllegalArgumentException("wind direction must be finite, got " + windFromDeg);
        }
    }

    /**
     * East and north components (m/s) of a wind of {@code speedMps} blowing from {@link #windFromDeg}:
     * the air moves toward windFrom + 180°.
     */
    public double[] velocityMps(double speedMps) {
        Direction downwind = Direction.downwindOfWindFrom(windFromDeg);
        return new double[] {speedMps * downwind.east(), speedMps * downwind.north()};
    }

    /** True when the σ curves or the lid differ from {@code other}'s (stability, roughness, lid). */
    boolean dispersesDifferentlyFrom(WeatherState other) {
        Atmosphere a = atmosphere;
        Atmosphere b = other.atmosphere;
        return a.stability() != b.stability() || a.roughnessM() != b.roughnessM()
                || a.inversionHeightM() != b.inversionHeightM();
    }
}
