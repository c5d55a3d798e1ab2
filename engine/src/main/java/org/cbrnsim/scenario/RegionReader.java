package org.cbrnsim.scenario;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads {@code region: {origin, countries}}: each country's code, name, time zone and area, checking that
 * every area is a simple polygon and that no two overlap.
 */
final class RegionReader {

    static final List<String> KEYS = List.of("origin", "countries");
    static final List<String> COUNTRY_KEYS = List.of("code", "name", "time_zone", "area");

    private RegionReader() {
    }

    /** The region and its areas; {@code defaultZone} is the time zone of countries that give none. */
    static Optional<ReadRegion> read(YamlMapping mapping, ZoneId defaultZone) {
        Optional<double[]> origin = mapping.required("origin", Coordinates::point);
        CountryAreas areas = new CountryAreas();
        UniqueIds codes = new UniqueIds("country code");
        Optional<List<CountrySpec>> countries = mapping.required("countries", v -> v.nonEmptyListOf(
                item -> item.mapping(COUNTRY_KEYS).flatMap(country -> country(country, defaultZone, codes, areas))));
        if (origin.isEmpty() || countries.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadRegion(new Region(origin.get()[0], origin.get()[1], countries.get()), areas));
    }

    private static Optional<CountrySpec> country(YamlMapping country, ZoneId defaultZone, UniqueIds codes,
                                                 CountryAreas areas) {
        Optional<String> code = codes.required(country, "code", RegionReader::code);
        Optional<String> name = country.required("name", YamlValue::text);
        Optional<ZoneId> zone = country.optional("time_zone", RegionReader::zone, defaultZone);
        Optional<List<double[]>> area = country.required("area", RegionReader::area);
        if (code.isEmpty() || name.isEmpty() || zone.isEmpty() || area.isEmpty()) {
            return Optional.empty();
        }
        YamlValue areaValue = country.get("area").orElseThrow();
        Polygon polygon = CountryAreas.polygon(area.get());
        Optional<String> invalid = CountryAreas.invalidity(polygon);
        if (invalid.isPresent()) {
            areaValue.error("the area is not a simple polygon: " + invalid.get());
            return Optional.empty();
        }
        Optional<String> overlapped = areas.overlapping(polygon);
        if (overlapped.isPresent()) {
            areaValue.error("the area of " + code.get() + " overlaps the area of " + overlapped.get()
                    + "; neighbouring areas may share an edge (the border) but not overlap");
            return Optional.empty();
        }
        areas.add(code.get(), polygon);
        return Optional.of(new CountrySpec(code.get(), name.get(), zone.get(), area.get()));
    }

    private static Optional<String> code(YamlValue value) {
        return value.text().filter(code -> value.check(code.matches("[A-Z]{2}"),
                "expected an ISO 3166 alpha-2 country code (two capital letters such as UA), got " + value.describe()));
    }

    private static Optional<ZoneId> zone(YamlValue value) {
        return value.text().flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text.strip()));
            } catch (DateTimeException e) {
                value.error("expected a time zone such as \"Europe/Kyiv\" or \"+02:00\", got " + value.describe());
                return Optional.empty();
            }
        });
    }

    /** At least 3 [lat, lon] points; a last point equal to the first (an explicitly closed ring) is dropped. */
    private static Optional<List<double[]>> area(YamlValue value) {
        Optional<List<double[]>> read = value.listOf(Coordinates::pair);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        List<double[]> points = new ArrayList<>(read.get());
        if (points.size() > 1 && Arrays.equals(points.get(0), points.get(points.size() - 1))) {
            points.remove(points.size() - 1);
        }
        return value.check(points.size() >= 3, "expected an area of at least 3 points [lat, lon], got " + points.size())
                ? Optional.of(points) : Optional.empty();
    }

    /** The region with the polygons of its countries. */
    record ReadRegion(Region region, CountryAreas areas) {

        /** The code a value names if it is a country of the region; "unknown country …; the region has …" otherwise. */
        Optional<String> knownCountry(YamlValue value) {
            List<String> codes = region.countries().stream().map(CountrySpec::code).toList();
            return value.text().filter(c -> value.check(codes.contains(c), "unknown country \"" + c
                    + "\"; the region has " + String.join(", ", codes) + Suggestion.didYouMean(c, codes)));
        }
    }
}
