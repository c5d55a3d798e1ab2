package org.cbrnsim.app.cli;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.CloudCover;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.atmosphere.StabilityKey;
import picocli.CommandLine.Option;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * The weather options of the hazard commands: wind, stability (given, or derived from cloud cover,
 * date, time and place with the Pasquill–Turner key), air temperature, ground roughness and an
 * inversion lid. Builds the engine's {@link Atmosphere}.
 */
public final class WeatherOptions {

    private static final double SECONDS_PER_DEGREE_OF_LONGITUDE = 240;

    @Option(names = "--wind", required = true, paramLabel = "SPEED", converter = QuantityConverter.Speed.class,
            description = "Wind speed at 10 m, e.g. 3m/s (at least 1 m/s).")
    double windSpeed10mMps;

    @Option(names = "--stability", paramLabel = "CLASS", converter = StabilityConverter.class,
            description = "Pasquill stability class A-F; or derive it with --cloud, --date, --time, --location.")
    StabilityClass stability;

    @Option(names = "--cloud", paramLabel = "COVER",
            description = "Cloud cover for deriving the stability class: tenths as in ALOHA (0-10), oktas (3/8), "
                    + "percent (40%%) or a fraction (0.4).")
    String cloud;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date, for deriving the stability class.")
    String date;

    @Option(names = "--time", paramLabel = "HH:MM[+hh:mm]",
            description = "Local time with its UTC offset (14:00+02:00), or with --zone, or alone as local mean solar "
                    + "time at --location; for deriving the stability class.")
    String time;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of --time, e.g. Europe/Chisinau.")
    String zone;

    @Option(names = "--location", paramLabel = "LAT,LON",
            description = "Latitude and longitude in degrees, for deriving the stability class, e.g. 46.84,29.63.")
    String location;

    @Option(names = "--temperature", paramLabel = "TEMP", defaultValue = "15C",
            converter = QuantityConverter.Temperature.class,
            description = "Air temperature (default: ${DEFAULT-VALUE}).")
    double temperatureK;

    @Option(names = "--roughness", paramLabel = "Z0", defaultValue = "open-country",
            description = "Ground roughness: open-country (3 cm), urban, forest (100 cm), open-water, or a length "
                    + "such as 0.1m (default: ${DEFAULT-VALUE}).")
    String roughness;

    @Option(names = "--inversion", paramLabel = "HEIGHT", converter = QuantityConverter.Length.class,
            description = "Height of an inversion lid (with stability E or F), e.g. 100m.")
    Double inversionHeightM;

    /** The atmosphere these options describe. */
    public Atmosphere toAtmosphere() {
        double z0 = OptionCheck.named("--roughness", () -> Roughness.parse(roughness).lengthM(windSpeed10mMps));
        StabilityClass stabilityClass = stabilityClass();
        Atmosphere atmosphere = OptionCheck.named("--wind",
                () -> Atmosphere.of(windSpeed10mMps, stabilityClass, z0, temperatureK));
        return inversionHeightM == null ? atmosphere
                : OptionCheck.named("--inversion", () -> atmosphere.withInversionHeightM(inversionHeightM));
    }

    /** How the stability class was obtained, for the output: "given" or "derived (Pasquill–Turner key) …". */
    public String stabilityOrigin() {
        if (stability != null) {
            return "given";
        }
        boolean solarTime = zone == null && !timeHasOffset();
        return "derived with the Pasquill-Turner key from cloud cover, date, time and place"
                + (solarTime ? "; " + time + " taken as local mean solar time" : "");
    }

    private StabilityClass stabilityClass() {
        boolean deriving = cloud != null || date != null || time != null || location != null;
        if (stability != null) {
            if (deriving) {
                throw new IllegalArgumentException(
                        "--stability: give either a class or --cloud, --date, --time and --location to derive one, not both");
            }
            return stability;
        }
        if (cloud == null || date == null || time == null || location == null) {
            throw new IllegalArgumentException("--stability: missing; expected a class A-F, "
                    + "or all of --cloud, --date, --time and --location to derive it");
        }
        CloudCover cover = OptionCheck.named("--cloud", () -> CloudCover.parse(cloud));
        double[] place = latitudeLongitude();
        ZonedDateTime when = when(place[1]);
        return OptionCheck.named("--location", () -> StabilityKey.classify(windSpeed10mMps, cover, when, place[0], place[1]));
    }

    private double[] latitudeLongitude() {
        String[] parts = location.split(",");
        try {
            if (parts.length == 2) {
                return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--location: expected LAT,LON in degrees, e.g. 46.84,29.63, got \"" + location + "\"");
    }

    private ZonedDateTime when(double longitudeDeg) {
        LocalDate day;
        try {
            day = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date: expected a date YYYY-MM-DD, got \"" + date + "\"");
        }
        try {
            if (zone != null) {
                return ZonedDateTime.of(day, LocalTime.parse(time), zoneId());
            }
            if (!timeHasOffset()) {
                return ZonedDateTime.of(day, LocalTime.parse(time), localMeanSolarTime(longitudeDeg));
            }
            OffsetTime clock = OffsetTime.parse(time);
            return ZonedDateTime.of(day, clock.toLocalTime(), clock.getOffset());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--time: expected a time HH:MM, with its UTC offset such as 14:00+02:00"
                    + " or with --zone, got \"" + time + "\"");
        }
    }

    private boolean timeHasOffset() {
        return time.matches(".*([+-]\\d\\d:?\\d\\d|Z)$");
    }

    /** The offset of local mean solar time at the longitude: 4 minutes per degree east of Greenwich. */
    private static ZoneOffset localMeanSolarTime(double longitudeDeg) {
        return ZoneOffset.ofTotalSeconds((int) Math.round(longitudeDeg * SECONDS_PER_DEGREE_OF_LONGITUDE));
    }

    private ZoneId zoneId() {
        try {
            return ZoneId.of(zone);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("--zone: expected a time zone such as Europe/Chisinau or +02:00, got \"" + zone + "\"");
        }
    }
}
