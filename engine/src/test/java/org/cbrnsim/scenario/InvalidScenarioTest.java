package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbrnsim.hazard.substance.SubstanceEntry;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per kind of mistake (src/test/resources/scenarios/invalid), each a copy of minimal.yaml with
 * one thing wrong: the load fails and reports exactly these lines, {@code file:line:col: error: path: message}.
 */
class InvalidScenarioTest {

    private static final String STANDARD_TAGS =
            "scenario files use plain YAML (standard tags only: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)";

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("yaml-syntax.yaml", "4:23: error: mapping values are not allowed here"),
                mistake("java-tag.yaml", "27:15: error: the tag !!javax.script.ScriptEngineManager is not allowed; "
                        + STANDARD_TAGS),
                mistake("custom-tag.yaml", "30:13: error: hazards[0].release.mass: the tag !include is not allowed; "
                        + STANDARD_TAGS),
                mistake("alias-bomb.yaml", "8:23: error: refused: more than 50 aliases to lists or mappings"
                        + " (a \"billion laughs\" expansion?)"),
                mistake("empty.yaml", "1:1: error: the file holds no YAML document; expected a scenario (format, id, name, …)"),
                mistake("missing-key.yaml", "6:3: error: clock: missing required key \"end\""),
                mistake("missing-population.yaml", "15:5: error: places[0]: missing required key \"population\""),
                mistake("unknown-key.yaml", "21:5: error: places[0].raduis: unknown key \"raduis\"; did you mean \"radius\"?"),
                mistake("duplicate-key.yaml", "20:5: error: places[0].lat: duplicate key \"lat\" (first at line 18)"),
                mistake("wrong-type.yaml", "18:10: error: places[0].lat: expected a number, got a list"),
                mistake("quoted-number.yaml", "19:10: error: places[0].lon: expected a number, got the quoted text"
                        + " \"27.7833\" (numbers are written without quotes)"),
                mistake("unknown-kind.yaml", "17:11: error: places[0].kind: expected a place kind: town, village, hospital,"
                        + " station, crossing, port, plant, other; got \"towm\"; did you mean \"town\"?"),
                mistake("unknown-format.yaml", "2:9: error: format: unknown format 2; this version of cbrnsim reads format 1"),
                mistake("bad-start.yaml", "6:10: error: clock.start: expected a local date and time with its UTC offset such"
                        + " as \"2026-03-14T02:40+02:00\", got \"2026-03-14T02:40\""),
                mistake("bad-unit.yaml", "7:8: error: clock.end: unknown unit \"hourz\" in \"2 hourz\": expected a duration"
                        + " such as \"10 min\" or \"1.5 h\""),
                mistake("wrong-dimension.yaml", "30:13: error: hazards[0].release.mass: expected a mass such as \"25 t\" or"
                        + " \"500 kg\", got \"25 m\" (a length)"),
                mistake("unknown-place.yaml", "28:9: error: hazards[0].at: unknown place \"mohyliv-podilsky\";"
                        + " did you mean \"mohyliv-podilskyi\"?"),
                mistake("unknown-road-end.yaml", "22:35: error: roads[0].to: unknown place \"otachi\""),
                mistake("unknown-chemical.yaml", "27:15: error: hazards[0].chemical: unknown chemical \"chlorin\"; known: "
                        + knownChemicals() + "; did you mean \"chlorine\"?"),
                mistake("duplicate-id.yaml", "21:9: error: places[1].id: duplicate place id \"mohyliv-podilskyi\""
                        + " (first at line 15)"),
                mistake("unknown-country.yaml", "18:14: error: places[0].country: unknown country \"MO\"; the region has UA;"
                        + " did you mean \"UA\"?"),
                mistake("place-outside.yaml", "15:5: error: places[0]: the place (48.75, 27.7833) lies outside every country"
                        + " area; give its country"),
                mistake("release-outside.yaml", "28:9: error: hazards[0].at: the release point (49.05, 28.1) lies outside"
                        + " every country area of the region"),
                mistake("overlapping-areas.yaml", "16:13: error: region.countries[1].area: the area of MD overlaps the area"
                        + " of UA; neighbouring areas may share an edge (the border) but not overlap"),
                mistake("self-intersecting-area.yaml", "13:13: error: region.countries[0].area: the area is not a simple"
                        + " polygon: Self-intersection at (48.45, 27.8)"),
                mistake("building-shares.yaml", "21:16: error: places[0].buildings: building shares must add up to 1,"
                        + " got 0.3 + 0.5 + 0.1 = 0.9"),
                mistake("weather-start.yaml", "22:9: error: weather[0].at: the first weather entry must be at \"0 min\","
                        + " got \"10 min\""),
                mistake("weather-order.yaml", "28:9: error: weather[2].at: weather times must increase: \"60 min\" is not"
                        + " after 90 min, the time of the entry before"),
                mistake("bad-stability.yaml", "24:16: error: weather[0].stability: expected a Pasquill stability class A, B,"
                        + " C, D, E or F, got \"G\""),
                mistake("low-wind.yaml", "23:11: error: weather[0].wind: wind speed at 10 m must be >= 1 m/s (the lower"
                        + " limit of ALOHA's models), got 0.5 m/s"),
                mistake("inversion-unstable.yaml", "25:16: error: weather[0].inversion: an inversion lid is accepted only"
                        + " with stability class E or F (as in ALOHA), got class D"),
                mistake("release-shape.yaml", "30:7: error: hazards[0].release: a rate needs a duration: expected rate +"
                        + " duration, mass (alone or + duration), or tank"),
                mistake("tank-below-boiling.yaml", "30:13: error: hazards[0].release.tank: the flashing release model"
                        + " refuses this tank: a flashing release needs a storage temperature above the normal boiling"
                        + " point of chlorine (239.11 K), got 233.14999999999998 K; a liquid below its boiling point"
                        + " forms an evaporating puddle"),
                mistake("shelter-evacuate.yaml", "33:5: error: population.decision: shelter + evacuate must be <= 1,"
                        + " got 0.7 + 0.4 = 1.1"),
                mistake("warning-never-bad-area.yaml", "34:11: error: population.warning.area: expected a warning area:"
                        + " AEGL-1, AEGL-2, AEGL-3, all; got \"AEGL-4\"; did you mean \"AEGL-1\"?"),
                mistake("unknown-probit.yaml", "33:13: error: population.health.probit: unknown probit set \"Lees\" for"
                        + " chlorine; known: \"TNO Purple Book (CPR 18E) Table 5.2\", \"Lees (2005) / HSE OSD/30 Table 2\""),
                mistake("unit-unknown-place.yaml", "37:48: error: agencies[0].units[0].at: unknown place \"mohyliv-podilsky\";"
                        + " did you mean \"mohyliv-podilskyi\"?"),
                mistake("unit-zero-count.yaml", "37:74: error: agencies[0].units[0].count: must be >= 1, got 0"),
                mistake("unit-negative-count.yaml", "40:16: error: agencies[0].units[0].count: must be >= 1, got -2"),
                mistake("unknown-capability.yaml", "40:35: error: agencies[0].units[0].capabilities[1]: expected a capability:"
                        + " detection, decontamination, rescue-in-ppe, triage, treatment, transport, traffic-control, command;"
                        + " got \"decontaminaton\"; did you mean \"decontamination\"?"),
                mistake("unknown-unit-type.yaml", "37:34: error: agencies[0].units[0].type: expected a unit type: fire-engine,"
                        + " hazmat, decontamination, detection, ambulance, police, command, military-cbrn; got \"ambulanse\";"
                        + " did you mean \"ambulance\"?"),
                mistake("agency-unknown-country.yaml", "35:14: error: agencies[0].country: unknown country \"RO\"; the region"
                        + " has UA; did you mean \"UA\"?"),
                mistake("hospital-without-beds.yaml", "21:5: error: places[1]: a hospital without beds: give its staffed beds"
                        + " (e.g. beds: 120), as every hospital must when the scenario has agencies"),
                mistake("beds-on-station.yaml", "26:11: error: places[1].beds: only a hospital has beds; this place is a station"),
                mistake("icu-above-beds.yaml", "27:15: error: places[1].icu_beds: must be <= beds (40), got 60"),
                mistake("unit-name-clash.yaml", "38:14: error: agencies[0].units[1].id: the unit name \"ambulance-2\" is taken"
                        + " by the units of \"ambulance\" (line 37); a unit with a count of n makes the units id-1 … id-n"),
                mistake("warm-zone-above-hot.yaml", "34:16: error: response.scene.warm_zone: the warm zone is the area of a"
                        + " lower AEGL tier than the hot zone, or the same: got hot_zone AEGL-2, warm_zone AEGL-3"),
                mistake("bad-first-call.yaml", "33:17: error: response.alarm.first_call: expected a duration after the release"
                        + " starts such as \"5 min\", or \"when-cloud-reaches-people\" (+ a delay such as \"2 min\"),"
                        + " got \"soon\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void isRefusedWithExactlyThisProblem(String fixture, List<String> expected) {
        Path file = Fixtures.path("invalid/" + fixture);
        LoadResult result = ScenarioLoader.load(file);
        assertFalse(result.isValid(), fixture);
        List<String> lines = result.problems().stream().map(Problem::toString).toList();
        assertEquals(expected.stream().map(line -> file + ":" + line).toList(), lines);
    }

    @Test
    void everyInvalidFixtureIsTested() throws Exception {
        List<String> tested = mistakes().map(a -> (String) a.get()[0]).sorted().toList();
        try (Stream<Path> files = Files.list(Fixtures.path("invalid"))) {
            assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(), tested);
        }
    }

    @Test
    void everyProblemOfAFileIsReportedInLineOrder() {
        String text = """
                format: 1
                id: Bad_Id
                name: several mistakes
                clock: {start: "2026-03-14T02:40+02:00", end: "2 h", step: "3 h"}
                region:
                  origin: {lat: 48.44, lon: 27.79}
                  countries: [{code: UA, name: Ukraine, area: [[48.6, 27.4], [48.6, 28.2], [48.3, 28.2]]}]
                places: [{id: a, name: A, kind: village, lat: 48.5, lon: 27.8, population: -3}]
                weather: [{at: "0 min", wind: "2 m/s from 400", stability: F}]
                hazards: [{id: h, chemical: ammonia, at: b, release: {mass: "1 t"}}]
                colour: red
                """;
        List<String> lines = ScenarioLoader.load(text, "f.yaml", SubstanceLibrary.bundled()).problems().stream()
                .map(Problem::toString).toList();
        assertEquals(List.of(
                "f.yaml:2:5: error: id: expected an id of lower-case letters, digits and hyphens such as \"tank-car\","
                        + " got \"Bad_Id\"",
                "f.yaml:4:60: error: clock.step: the step (3 h) must not exceed the end (2 h)",
                "f.yaml:8:76: error: places[0].population: must be >= 0, got -3",
                "f.yaml:9:31: error: weather[0].wind: the wind direction must be between 0 and 360 degrees, got 400",
                "f.yaml:10:42: error: hazards[0].at: unknown place \"b\"; did you mean \"a\"?",
                "f.yaml:11:1: error: colour: unknown key \"colour\"; expected one of: format, id, name, description,"
                        + " sources, exercise, clock, region, places, roads, weather, hazards, population, agencies,"
                        + " response"), lines);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path folder) throws Exception {
        Path big = folder.resolve("big.yaml");
        Files.write(big, new byte[(int) ScenarioLoader.MAX_FILE_BYTES + 1]);
        assertEquals(List.of(big + ":1:1: error: refused: the file has 3145729 bytes; a scenario file may have at most"
                + " 3145728"), ScenarioLoader.load(big).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aMissingFileIsOneProblem(@TempDir Path folder) {
        Path missing = folder.resolve("missing.yaml");
        assertEquals(List.of(missing + ":1:1: error: no such file"),
                ScenarioLoader.load(missing).problems().stream().map(Problem::toString).toList());
    }

    @Test
    void requireListsEveryErrorOnItsOwnLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioLoader.require(Fixtures.path("invalid/weather-order.yaml")));
        assertTrue(e.getMessage().endsWith("weather[2].at: weather times must increase: \"60 min\" is not after 90 min,"
                + " the time of the entry before"), e.getMessage());
    }

    private static Arguments mistake(String fixture, String... lines) {
        return Arguments.of(fixture, List.of(lines));
    }

    private static String knownChemicals() {
        return SubstanceLibrary.bundled().entries().stream().map(SubstanceEntry::id).collect(Collectors.joining(", "));
    }
}
