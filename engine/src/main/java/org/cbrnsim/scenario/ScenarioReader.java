package org.cbrnsim.scenario;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cbrnsim.hazard.substance.SubstanceLibrary;

/**
 * Reads the top of a scenario file and its sections in the order their references need: clock, region,
 * places (countries), roads and weather (places, clock), hazards (places, region, weather), population
 * (places, clock), exercise, the responders (agencies: places, region; response; the hospitals' beds). A
 * section with problems of its own is left out of the checks of those that refer to it, so one mistake is
 * reported once.
 */
final class ScenarioReader {

    static final List<String> KEYS = List.of("format", "id", "name", "description", "sources", "exercise", "clock",
            "region", "places", "roads", "weather", "hazards", "population", "agencies", "response");

    private ScenarioReader() {
    }

    /** {@code population} with the probit set of the first hazard's substance filled in when left out. */
    private static PopulationSpec resolved(PopulationSpec population, List<HazardSpec> hazards) {
        return hazards.isEmpty() ? population
                : population.withHealth(population.health().resolvedFor(hazards.get(0).substance()));
    }

    static Optional<Scenario> read(YamlValue root, SubstanceLibrary library) {
        Optional<YamlMapping> mapping = root.mapping(KEYS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlMapping top = mapping.get();
        Optional<Integer> format = top.required("format", v -> v.integer().filter(f -> v.check(f == Scenario.FORMAT,
                "unknown format " + f + "; this version of cbrnsim reads format " + Scenario.FORMAT)));
        Optional<String> id = top.required("id", Ids::read);
        Optional<String> name = top.required("name", YamlValue::text);
        Optional<String> description = top.optional("description", YamlValue::text, "");
        Optional<List<String>> sources = top.optional("sources", v -> v.listOf(YamlValue::text), List.of());
        Optional<Clock> clock = top.required("clock", v -> v.mapping(ClockReader.KEYS, ClockReader::read));
        ZoneId defaultZone = clock.<ZoneId>map(c -> c.start().getOffset()).orElse(ZoneOffset.UTC);
        Optional<RegionReader.ReadRegion> region = top.required("region",
                v -> v.mapping(RegionReader.KEYS, r -> RegionReader.read(r, defaultZone)));
        Places places = top.require("places").map(v -> PlaceReader.read(v, region)).orElseGet(Places::new);
        Optional<List<RoadSpec>> roads = top.optional("roads", v -> RoadReader.read(v, places), List.of());
        Optional<List<WeatherSpec>> weather = top.required("weather", v -> WeatherReader.read(v, clock.map(Clock::endS)));
        Optional<List<HazardSpec>> hazards = top.required("hazards",
                new HazardReader(library, places, region, clock, weather)::read);
        Optional<PopulationSpec> population = clock.flatMap(c -> top.optional("population",
                v -> v.mapping(PopulationReader.KEYS, p -> PopulationReader.read(p, c, places,
                        hazards.flatMap(h -> h.stream().findFirst()).map(HazardSpec::substance))),
                ScenarioDefaults.population(c.start())));
        Optional<ExerciseSpec> exercise = name.flatMap(n -> top.optional("exercise",
                v -> v.mapping(ExerciseReader.KEYS, e -> ExerciseReader.read(e, n)), ExerciseReader.defaults(n)));
        Optional<ResponseSpec> response = response(top, region, places);
        if (root.problems().hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(format.orElseThrow(), id.orElseThrow(), name.orElseThrow(),
                description.orElseThrow(), sources.orElseThrow(), exercise.orElseThrow(), clock.orElseThrow(),
                region.orElseThrow().region(), places.specs(), roads.orElseThrow(), weather.orElseThrow(),
                hazards.orElseThrow(), resolved(population.orElseThrow(), hazards.orElseThrow()), response.orElseThrow()));
    }

    /**
     * The agencies, the hospitals' beds (occupancy defaulting to {@code response.hospitals.default_occupancy})
     * and the response parameters. When the scenario has agencies (or an {@code agencies} section with problems),
     * every hospital place must give its beds.
     */
    private static Optional<ResponseSpec> response(YamlMapping top, Optional<RegionReader.ReadRegion> region,
                                                   Places places) {
        Optional<List<AgencySpec>> agencies = top.optional("agencies", v -> AgencyReader.read(v, region, places),
                List.of());
        Optional<ResponseParameters> parameters = top.optional("response",
                v -> v.mapping(ResponseReader.KEYS, ResponseReader::read), ResponseParameters.defaults());
        boolean bedsNeeded = agencies.map(a -> !a.isEmpty()).orElse(true);
        boolean bedsComplete = true;
        for (Places.Hospital hospital : places.hospitals()) {
            bedsComplete &= !bedsNeeded || hospital.place().check(hospital.beds().isPresent(), "a hospital without beds:"
                    + " give its staffed beds (e.g. beds: 120), as every hospital must when the scenario has agencies");
        }
        if (agencies.isEmpty() || parameters.isEmpty() || !bedsComplete) {
            return Optional.empty();
        }
        double occupancy = parameters.get().hospitals().defaultOccupancy();
        List<HospitalSpec> hospitals = places.hospitals().stream()
                .flatMap(h -> h.beds().map(b -> b.spec(h.spec(), occupancy)).stream()).toList();
        return Optional.of(new ResponseSpec(agencies.get(), hospitals, parameters.get()));
    }
}
