package org.cbrnsim.scenario;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.population.BuildingMix;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.units.Dimension;

/**
 * Reads {@code places:}: ids unique, population required for towns and villages, radius and building
 * shares defaulted ({@link ScenarioDefaults}), the country: the one given (a warning when the point
 * lies in another country's area), else the one whose area contains the point; and a hospital's beds
 * ({@link HospitalBedsReader}).
 */
final class PlaceReader {

    static final List<String> KEYS = Stream.of(
            List.of("id", "name", "kind", "country", "lat", "lon", "population", "radius", "buildings"),
            HospitalBedsReader.KEYS, List.of("source")).flatMap(List::stream).toList();
    static final List<String> BUILDING_KEYS = Arrays.stream(BuildingType.values()).map(BuildingType::id).toList();
    static final Choices<PlaceKind> KINDS = Choices.of("a place kind", List.of(PlaceKind.values()), PlaceKind::scenarioName);

    private PlaceReader() {
    }

    /** Every place of the list; {@code region} is empty when the region has problems (countries are then not checked). */
    static Places read(YamlValue value, Optional<RegionReader.ReadRegion> region) {
        Places places = new Places();
        UniqueIds ids = new UniqueIds("place id");
        for (YamlValue item : value.nonEmptyList().orElse(List.of())) {
            item.mapping(KEYS).ifPresent(place -> {
                Optional<String> id = ids.required(place, "id", Ids::read);
                Optional<PlaceSpec> spec = place(place, id, region, places);
                id.ifPresent(i -> places.add(i, spec));
            });
        }
        return places;
    }

    /** The place, complete; a hospital is also added to {@code places}' hospitals with its beds. */
    private static Optional<PlaceSpec> place(YamlMapping place, Optional<String> id,
                                             Optional<RegionReader.ReadRegion> region, Places places) {
        Optional<String> name = place.required("name", YamlValue::text);
        Optional<PlaceKind> kind = place.required("kind", v -> v.choice(KINDS));
        Optional<double[]> point = Coordinates.of(place);
        Optional<Integer> population = kind.flatMap(k -> population(place, k));
        Optional<Double> radiusM = population.flatMap(p -> place.optional("radius",
                v -> v.positive(Dimension.LENGTH), ScenarioDefaults.radiusM(p)));
        Optional<BuildingMix> buildings = kind.flatMap(k -> place.optional("buildings",
                v -> v.mapping(BUILDING_KEYS, PlaceReader::buildings), ScenarioDefaults.buildings(k)));
        Optional<Optional<HospitalBeds>> beds = kind.flatMap(k -> HospitalBedsReader.read(place, k));
        Optional<String> source = place.optional("source", YamlValue::text, "");
        Optional<String> country = point.flatMap(p -> region.flatMap(r -> country(place, p, r)));
        if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || point.isEmpty() || radiusM.isEmpty()
                || buildings.isEmpty() || beds.isEmpty() || source.isEmpty() || country.isEmpty()) {
            return Optional.empty();
        }
        PlaceSpec spec = new PlaceSpec(id.get(), name.get(), kind.get(), country.get(), point.get()[0],
                point.get()[1], population.get(), radiusM.get(), buildings.get(), source.get());
        if (spec.kind() == PlaceKind.HOSPITAL) {
            places.addHospital(new Places.Hospital(place.self(), spec, beds.get()));
        }
        return Optional.of(spec);
    }

    private static Optional<Integer> population(YamlMapping place, PlaceKind kind) {
        if (kind.isResidential()) {
            return place.required("population", v -> v.integerAtLeast(0));
        }
        return place.optional("population", v -> v.integerAtLeast(0), 0);
    }

    private static Optional<BuildingMix> buildings(YamlMapping mapping) {
        Map<BuildingType, Double> shares = new EnumMap<>(BuildingType.class);
        boolean complete = true;
        for (BuildingType type : BuildingType.values()) {
            Optional<Double> share = mapping.optional(type.id(), YamlValue::fraction, 0.0);
            share.ifPresent(s -> shares.put(type, s));
            complete &= share.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        double sum = shares.values().stream().mapToDouble(Double::doubleValue).sum();
        String terms = shares.values().stream().filter(s -> s > 0).map(Numbers::plain).collect(Collectors.joining(" + "));
        return mapping.self().check(Math.abs(sum - 1) <= Check.SHARE_SUM_TOLERANCE,
                "building shares must add up to 1, got " + terms + " = " + Numbers.rounded(sum))
                ? Optional.of(BuildingMix.of(shares)) : Optional.empty();
    }

    /** The country given, or the one whose area holds the point. */
    private static Optional<String> country(YamlMapping place, double[] point, RegionReader.ReadRegion region) {
        Optional<String> located = region.areas().countryAt(point[0], point[1]);
        Optional<YamlValue> given = place.get("country");
        if (given.isEmpty()) {
            return located.or(() -> {
                place.self().error("the place " + Coordinates.text(point[0], point[1])
                        + " lies outside every country area; give its country");
                return Optional.empty();
            });
        }
        YamlValue value = given.get();
        Optional<String> code = region.knownCountry(value);
        code.filter(c -> located.isPresent() && !located.get().equals(c)).ifPresent(c -> value.warning(
                "the place " + Coordinates.text(point[0], point[1]) + " lies in the area of " + located.get() + ", not " + c));
        return code;
    }
}
