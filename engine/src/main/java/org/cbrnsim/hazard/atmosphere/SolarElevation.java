package org.cbrnsim.hazard.atmosphere;

import java.time.ZonedDateTime;
import org.shredzone.commons.suncalc.SunPosition;

/**
 * The sun's elevation above the horizon, from the commons-suncalc library (R. Körber), corrected for
 * atmospheric refraction.
 */
public final class SolarElevation {

    private SolarElevation() {
    }

    /**
     * The apparent solar elevation in degrees (negative below the horizon) at a time and place.
     *
     * @throws IllegalArgumentException when latitude or longitude is out of range
     */
    public static double degrees(ZonedDateTime time, double latitudeDeg, double longitudeDeg) {
        if (!(latitudeDeg >= -90 && latitudeDeg <= 90)) {
            throw new IllegalArgumentException("latitude must be between -90 and 90 degrees, got " + latitudeDeg);
        }
        if (!(longitudeDeg >= -180 && longitudeDeg <= 180)) {
            throw new IllegalArgumentException(
                    "longitude must be between -180 and 180 degrees, got " + longitudeDeg);
        }
        return SunPosition.compute().on(time).at(latitudeDeg, longitudeDeg).execute().getAltitude();
    }
}
