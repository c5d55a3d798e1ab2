package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;

/** Latitude and longitude in degrees, as the format writes them: {@code lat:}/{@code lon:} keys or a [lat, lon] pair. */
final class Coordinates {

    /** The keys of a point mapping such as {@code origin: {lat: 48.44, lon: 27.79}}. */
    static final List<String> KEYS = List.of("lat", "lon");

    private Coordinates() {
    }

    /** The {@code lat} and {@code lon} keys of a mapping (which may hold other keys too), as {latDeg, lonDeg}. */
    static Optional<double[]> of(YamlMapping mapping) {
        Optional<Double> lat = mapping.required("lat", Coordinates::latitude);
        Optional<Double> lon = mapping.required("lon", Coordinates::longitude);
        return lat.isPresent() && lon.isPresent() ? Optional.of(new double[] {lat.get(), lon.get()}) : Optional.empty();
    }

    /** A mapping holding just lat and lon. */
    static Optional<double[]> point(YamlValue value) {
        return value.mapping(KEYS).flatMap(Coordinates::of);
    }

    /** A [lat, lon] pair. */
    static Optional<double[]> pair(YamlValue value) {
        Optional<List<YamlValue>> items = value.list()
                .filter(list -> value.check(list.size() == 2, "expected a point [lat, lon], got " + list.size() + " numbers"));
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Optional<Double> lat = latitude(items.get().get(0));
        Optional<Double> lon = longitude(items.get().get(1));
        return lat.isPresent() && lon.isPresent() ? Optional.of(new double[] {lat.get(), lon.get()}) : Optional.empty();
    }

    /** "(48.45, 27.7833)" for messages. */
    static String text(double latDeg, double lonDeg) {
        return "(" + Numbers.plain(latDeg) + ", " + Numbers.plain(lonDeg) + ")";
    }

    private static Optional<Double> latitude(YamlValue value) {
        return value.number().flatMap(deg -> value.within(deg, -90, 90));
    }

    private static Optional<Double> longitude(YamlValue value) {
        return value.number().flatMap(deg -> value.within(deg, -180, 180));
    }
}
