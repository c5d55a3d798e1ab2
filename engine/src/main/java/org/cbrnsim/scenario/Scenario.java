package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scenario of format 1 (/work/contract/scenario-format.yaml; for editors the JSON Schema
 * scenarios/schema/scenario.schema.json), every default filled in and every quantity in SI: times in
 * seconds after T0, lengths in metres, masses in kg, temperatures in K. Read one with
 * {@link ScenarioLoader}, write one back with {@link ResolvedScenarioWriter}.
 *
 * @param format      the format version, 1
 * @param id          lower-case letters, digits and hyphens
 * @param name        the title
 * @param description free text ("" when not given)
 * @param sources     where the numbers come from
 * @param exercise    the exercise it is played in
 * @param clock       T0, end and step
 * @param region      the projection origin and the countries
 * @param places      at least one; ids unique
 * @param roads       the road network (may be empty)
 * @param weather     at least one entry, the first at 0 s, times strictly increasing
 * @param hazards     at least one release; ids unique
 * @param population  the people
 * @param response    the responding agencies, the hospitals' beds and how they work ({@link ResponseSpec#none()} when none)
 */
public record Scenario(int format, String id, String name, String description, List<String> sources,
                       ExerciseSpec exercise, Clock clock, Region region, List<PlaceSpec> places, List<RoadSpec> roads,
                       List<WeatherSpec> weather, List<HazardSpec> hazards, PopulationSpec population,
                       ResponseSpec response) {

    /** The only format this version reads. */
    public static final int FORMAT = 1;

    /** @throws IllegalArgumentException for another format, a malformed id, empty lists, repeated ids or weather out of order */
    public Scenario {
        if (format != FORMAT) {
            throw new IllegalArgumentException("scenario format must be " + FORMAT + ", got " + format);
        }
        Ids.requireId("scenario id", id);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(response, "response");
        sources = List.copyOf(sources);
        places = nonEmpty("places", places);
        roads = List.copyOf(roads);
        weather = nonEmpty("weather", weather);
        hazards = nonEmpty("hazards", hazards);
        Check.unique("place id", places, PlaceSpec::id);
        Check.unique("hazard id", hazards, HazardSpec::id);
        if (weather.get(0).atS() != 0) {
            throw new IllegalArgumentException("the first weather entry must be at 0 s, got " + weather.get(0).atS());
        }
        for (int i = 1; i < weather.size(); i++) {
            if (!(weather.get(i).atS() > weather.get(i - 1).atS())) {
                throw new IllegalArgumentException("weather times must increase, got " + weather.get(i).atS()
                        + " s after " + weather.get(i - 1).atS() + " s");
            }
        }
    }

    /** The place with this id, if there is one. */
    public Optional<PlaceSpec> place(String placeId) {
        return places.stream().filter(p -> p.id().equals(placeId)).findFirst();
    }

    /** The weather in force {@code tS} seconds after T0: the last entry that has set in by then. */
    public WeatherSpec weatherAt(double tS) {
        return weatherAt(weather, tS);
    }

    /** The last entry of a weather list (first at 0 s, times increasing) that has set in by {@code tS}. */
    static WeatherSpec weatherAt(List<WeatherSpec> weather, double tS) {
        WeatherSpec current = weather.get(0);
        for (WeatherSpec entry : weather) {
            if (entry.atS() <= tS) {
                current = entry;
            }
        }
        return current;
    }

    private static <T> List<T> nonEmpty(String what, List<T> items) {
        List<T> copy = List.copyOf(items);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("a scenario needs at least one entry in " + what);
        }
        return copy;
    }
}
