package org.cbrnsim.hazard.atmosphere;

import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The Pasquill–Turner key: the stability class from the 10 m wind, the sun and the cloud, as ALOHA
 * derives it when the user gives cloud cover, date, time and place (ALOHA Technical Documentation,
 * Jones et al. 2013, §4.2.1–4.2.2 and Table 10; dispersion.md §1.6).
 *
 * <p>The key (Pasquill 1961, as printed by Turner 1970, AP-26, Table 3-1, and by NOAA READY's
 * "Pasquill Stability Classes" page), wind bands in m/s, a boundary value belonging to the lower band
 * (confirmed with ALOHA runs by HAZEL: 5 m/s at night with about 40 % cloud gives E):
 *
 * <pre>
 *  U10        day: strong  moderate  slight   night: ≥4/8 cloud  ≤3/8 cloud
 *  ≤ 2             A       A–B       B               F*          F*
 *  2–3             A–B     B         C               E           F
 *  3–5             B       B–C       C**             D           E
 *  5–6             C       C–D       D               D           D
 *  &gt; 6             C       D         D               D           D
 * </pre>
 *
 * <p>Where the key gives a pair, the more stable class is taken, as ALOHA does. Overcast (8/8) gives D by
 * day and night (Pasquill's note). * The key is blank at night below 2 m/s; Turner's (1964) net-radiation
 * table gives F (net radiation index −1 or −2 at 0–3 knots, F or G), and so does ALOHA as HAZEL transcribes
 * it. ** HAZEL reports D for this cell in Turner (1994) Table 2.2; Pasquill (1961), Turner (1970) and
 * Turner's (1964) net-radiation table (index 2, 6–9 knots → class 3) all give C, which is kept here.
 *
 * <p>Day is when the sun is above the horizon. Insolation follows Turner (1964, J. Appl. Meteorol.
 * 3:83–91) as given in EPA (2000) <i>Meteorological Monitoring Guidance for Regulatory Modeling
 * Applications</i>, EPA-454/R-99-005, Tables 6-5 and 6-6: solar elevation above 60° strong, 35–60°
 * moderate, 15–35° slight, below 15° weak (read here as slight, the key's lowest column); with more than
 * 5/10 cloud the category drops one step (Turner's step for a cloud ceiling of 7000–16000 ft; no ceiling is
 * given here). At night more than 4/10 cloud reads the "≥4/8 cloud" column.
 */
public final class StabilityKey {

    /** Daytime insolation categories of the key. */
    public enum Insolation { STRONG, MODERATE, SLIGHT }

    /** Upper (inclusive) limits of the wind bands, m/s. */
    private static final double[] BAND_UPPER_MPS = {2, 3, 5, 6, Double.POSITIVE_INFINITY};

    /** Columns: day strong, moderate, slight; night ≥4/8 cloud, ≤3/8 cloud. Rows: the wind bands. */
    private static final String[][] KEY = {
            {"A", "A-B", "B", "F", "F"},
            {"A-B", "B", "C", "E", "F"},
            {"B", "B-C", "C", "D", "E"},
            {"C", "C-D", "D", "D", "D"},
            {"C", "D", "D", "D", "D"},
    };
    private static final int NIGHT_CLOUDY = 3;
    private static final int NIGHT_CLEAR = 4;

    /** Cloud above this fraction lowers the day's insolation one step (Turner 1964: "&gt; 5/10"). */
    private static final double DAY_CLOUD_STEP_FRACTION = 0.5;
    /** Cloud above this fraction makes a cloudy night (Turner 1964: "&gt; 4/10"). */
    private static final double NIGHT_CLOUDY_FRACTION = 0.4;

    private StabilityKey() {
    }

    /**
     * The class at a time and place, with the solar elevation from {@link SolarElevation}.
     *
     * @throws IllegalArgumentException on a negative wind speed or an invalid place
     */
    public static StabilityClass classify(double windSpeed10mMps, CloudCover cloud, ZonedDateTime time,
                                          double latitudeDeg, double longitudeDeg) {
        return classify(windSpeed10mMps, cloud, SolarElevation.degrees(time, latitudeDeg, longitudeDeg));
    }

    /** The class for a wind, a cloud cover and a solar elevation in degrees (≤ 0: night). */
    public static StabilityClass classify(double windSpeed10mMps, CloudCover cloud, double solarElevationDeg) {
        int band = band(windSpeed10mMps);
        if (cloud.isOvercast()) {
            return StabilityClass.D;
        }
        if (solarElevationDeg <= 0) {
            return cell(band, cloud.fraction() > NIGHT_CLOUDY_FRACTION ? NIGHT_CLOUDY : NIGHT_CLEAR);
        }
        return cell(band, insolation(solarElevationDeg, cloud).ordinal());
    }

    /** The daytime class for a wind and an insolation category. */
    public static StabilityClass day(double windSpeed10mMps, Insolation insolation) {
        return cell(band(windSpeed10mMps), insolation.ordinal());
    }

    /** Turner's insolation category for a sun above the horizon, lowered one step by more than 5/10 cloud. */
    public static Insolation insolation(double solarElevationDeg, CloudCover cloud) {
        Insolation bySun = solarElevationDeg > 60 ? Insolation.STRONG
                : solarElevationDeg > 35 ? Insolation.MODERATE
                : Insolation.SLIGHT;
        int lowered = bySun.ordinal() + (cloud.fraction() > DAY_CLOUD_STEP_FRACTION ? 1 : 0);
        return Insolation.values()[Math.min(lowered, Insolation.SLIGHT.ordinal())];
    }

    private static int band(double windSpeed10mMps) {
        WindProfile.requireWindSpeed(windSpeed10mMps);
        int band = 0;
        while (windSpeed10mMps > BAND_UPPER_MPS[band]) {
            band++;
        }
        return band;
    }

    /** A cell of the key; a pair such as "A-B" resolves to its more stable class. */
    private static StabilityClass cell(int band, int column) {
        return Arrays.stream(KEY[band][column].split("-"))
                .map(StabilityClass::parse)
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }
}
