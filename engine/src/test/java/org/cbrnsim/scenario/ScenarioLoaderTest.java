package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.population.BuildingMix;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.population.ChannelKind;
import org.cbrnsim.population.StartShares;
import org.junit.jupiter.api.Test;

/** Valid files load into SI records, with the format's defaults filled in. */
class ScenarioLoaderTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void minimalScenarioGetsEveryDefault() {
        LoadResult result = Fixtures.load("minimal.yaml");
        assertEquals(List.of(), result.problems());
        Scenario scenario = result.orThrow();

        assertEquals(new Clock(OffsetDateTime.parse("2026-03-14T02:40+02:00"), 7200, 60), scenario.clock());
        CountrySpec ukraine = scenario.region().countries().get(0);
        assertEquals(ZoneOffset.ofHours(2), ukraine.timeZone(), "time zone: the UTC offset of clock.start");

        PlaceSpec town = scenario.places().get(0);
        assertEquals("UA", town.countryCode(), "country: the area holding the point");
        // √(29 925 / (2000 km⁻² · π)) = √(4.7627 km²) = 2.18236 km
        assertEquals(2182, town.radiusM());
        assertEquals(0.3, town.buildings().share(BuildingType.TIGHT_RESIDENTIAL));
        assertEquals(0.6, town.buildings().share(BuildingType.LEAKY_RESIDENTIAL));
        assertEquals(0.1, town.buildings().share(BuildingType.COMMERCIAL));
        assertEquals(0.0, town.buildings().share(BuildingType.INDUSTRIAL));
        assertEquals("", town.source());

        WeatherSpec weather = scenario.weather().get(0);
        assertEquals(new WeatherSpec(0, 2, 290, StabilityClass.F, 288.15, Roughness.OPEN_COUNTRY,
                Double.POSITIVE_INFINITY), weather);

        HazardSpec hazard = scenario.hazards().get(0);
        assertEquals("chlorine", hazard.substance().id());
        assertEquals(Optional.of("mohyliv-podilskyi"), hazard.placeId());
        assertEquals(48.45, hazard.latDeg());
        assertEquals(27.7833, hazard.lonDeg());
        assertEquals(0, hazard.startS());
        assertEquals(0, hazard.heightM());
        assertEquals(new ReleaseSpec.Direct(25_000, 0), hazard.release());
        assertTrue(((ReleaseSpec.Direct) hazard.release()).isInstantaneous());

        assertEquals(List.of(), scenario.roads());
        assertEquals(new ExerciseSpec("Minimal chlorine release", ExerciseType.TABLETOP, List.of()), scenario.exercise());
        assertEquals("", scenario.description());
    }

    @Test
    void populationDefaultsComeFromTheReferenceNotes() {
        PopulationSpec population = Fixtures.load("minimal.yaml").orThrow().population();
        assertEquals(new StartShares(0.95, 0.03, 0.02), population.atStart(), "02:40 is night");
        // exercise-and-response.md §4.5: ACH normal/sealed 0.5/0.2, 1.5/0.5, 2.0/0.8, 4.0/1.5
        assertEquals(0.5 / 3600, population.airExchange().of(BuildingType.TIGHT_RESIDENTIAL).normalPerS(), TOLERANCE);
        assertEquals(0.2 / 3600, population.airExchange().of(BuildingType.TIGHT_RESIDENTIAL).sealedPerS(), TOLERANCE);
        assertEquals(1.5 / 3600, population.airExchange().of(BuildingType.LEAKY_RESIDENTIAL).normalPerS(), TOLERANCE);
        assertEquals(0.8 / 3600, population.airExchange().of(BuildingType.COMMERCIAL).sealedPerS(), TOLERANCE);
        assertEquals(4.0 / 3600, population.airExchange().of(BuildingType.INDUSTRIAL).normalPerS(), TOLERANCE);
        // §4.6: Weibull k 1.5–2 (middle 1.75), scale sirens and cell broadcast 10 min, door-to-door 60 min
        WarningSpec warning = population.warning();
        assertEquals(List.of(ChannelKind.SIREN, ChannelKind.CELL_BROADCAST, ChannelKind.DOOR_TO_DOOR, ChannelKind.MEDIA),
                warning.channels().stream().map(ChannelSpec::kind).toList());
        assertEquals(1.75, warning.channels().get(0).weibullShape());
        assertEquals(600, warning.channels().get(0).weibullScaleS());
        assertEquals(600, warning.channels().get(1).weibullScaleS());
        assertEquals(3600, warning.channels().get(2).weibullScaleS());
        assertEquals(OptionalDouble.of(1200), warning.issuedAtS());
        assertEquals(Optional.of(AeglLevel.AEGL_1), warning.area());
        assertEquals(Optional.of(AeglLevel.AEGL_1), warning.cloudCue());
        // §4.6: p_comply 0.6–0.9 (middle 0.75), preparation median 10–20 min (middle 15 min)
        assertEquals(0.75, population.decision().shelter());
        assertEquals(900, population.decision().preparationMedianS());
        assertEquals(List.of(), population.evacuation().destinationIds());
        assertEquals(1, population.scale());
    }

    @Test
    void daytimeStartPutsMorePeopleOutdoors() {
        assertEquals(StartShares.DAY, ScenarioDefaults.atStart(OffsetDateTime.parse("2026-03-14T14:40+02:00")));
        assertEquals(StartShares.NIGHT, ScenarioDefaults.atStart(OffsetDateTime.parse("2026-03-14T22:00Z")));
        assertEquals(StartShares.DAY, ScenarioDefaults.atStart(OffsetDateTime.parse("2026-03-14T06:00Z")));
    }

    @Test
    void fullScenarioReadsEveryKeyInSi() {
        LoadResult result = Fixtures.load("full.yaml");
        assertEquals(List.of(), result.problems());
        Scenario scenario = result.orThrow();
        assertEquals(30, scenario.clock().stepS());
        assertEquals(43_200, scenario.clock().endS());
        assertEquals(ZoneId.of("Europe/Chisinau"), scenario.region().country("MD").orElseThrow().timeZone());
        assertEquals(4, scenario.region().countries().get(1).area().size(), "an explicitly closed ring loses its repeat");

        PlaceSpec otaci = scenario.place("otaci").orElseThrow();
        assertEquals("MD", otaci.countryCode());
        assertEquals(0.2, otaci.buildings().share(BuildingType.TIGHT_RESIDENTIAL), TOLERANCE, "\"20 %\"");
        assertEquals(0.1, otaci.buildings().share(BuildingType.INDUSTRIAL));
        assertEquals(29_925, scenario.place("mohyliv-podilskyi").orElseThrow().population(), "29_925");
        assertEquals(2000, scenario.place("mohyliv-podilskyi").orElseThrow().radiusM());
        assertEquals(ScenarioDefaults.MIN_PLACE_RADIUS_M, scenario.place("stadium").orElseThrow().radiusM());
        assertEquals(150, scenario.place("district-hospital").orElseThrow().radiusM());
        assertEquals(BuildingMix.all(BuildingType.COMMERCIAL), scenario.place("mohyliv-station").orElseThrow().buildings());

        assertEquals(new RoadSpec("mohyliv-podilskyi", "otaci", 2400, 30 / 3.6), scenario.roads().get(0));
        assertEquals(50 / 3.6, scenario.roads().get(1).speedMps(), TOLERANCE);

        assertEquals(new WeatherSpec(0, 2, 290, StabilityClass.F, 278.15, Roughness.URBAN, 150), scenario.weather().get(0));
        assertEquals(Roughness.ofLengthM(0.1), scenario.weather().get(1).roughness());
        assertEquals(200, scenario.weather().get(1).windFromDeg());
        assertEquals(10 / 3.6, scenario.weather().get(2).windSpeedMps(), TOLERANCE);
        assertEquals(scenario.weather().get(1), scenario.weatherAt(3 * 3600));

        HazardSpec tankCar = scenario.hazards().get(0);
        assertEquals("Chlorine", tankCar.chemical(), "as written");
        assertEquals("chlorine", tankCar.substance().id());
        assertEquals(300, tankCar.startS());
        assertEquals(new ReleaseSpec.Tank(60_000, 278.15, 0.15, 2), tankCar.release());
        HazardSpec cylinder = scenario.hazards().get(1);
        assertEquals(Optional.empty(), cylinder.placeId());
        assertEquals(48.452, cylinder.latDeg());
        assertEquals(900, ((ReleaseSpec.Direct) cylinder.release()).massKg(), TOLERANCE, "0.5 kg/s for 30 min");
        assertEquals(0.5, ((ReleaseSpec.Direct) cylinder.release()).rateKgPerS(), TOLERANCE);

        PopulationSpec population = scenario.population();
        assertEquals(25.0 / 3600, population.airExchange().vehicle().normalPerS(), TOLERANCE);
        assertEquals(Optional.of(AeglLevel.AEGL_2), population.warning().area());
        assertEquals(new ChannelSpec(ChannelKind.MEDIA, 0.6, 1.75, 1800), population.warning().channels().get(3),
                "a channel given by kind alone takes its defaults");
        assertEquals(new DecisionSpec(0.7, 0.2, 900, 0.5), population.decision());
        assertEquals(new EvacuationSpec(List.of("stadium"), 0.2), population.evacuation());
        assertEquals(10, population.scale());
        assertEquals(List.of("warn-in-time", "notify-neighbour"),
                scenario.exercise().objectives().stream().map(ExerciseSpec.Objective::id).toList());
        assertEquals(ExerciseType.FUNCTIONAL, scenario.exercise().type());
    }

    @Test
    void warningsDoNotMakeAFileInvalid() {
        LoadResult result = Fixtures.load("warnings.yaml");
        assertTrue(result.isValid());
        String file = Fixtures.path("warnings.yaml").toString();
        assertEquals(List.of(
                file + ":21:14: warning: places[0].country: the place (48.45, 27.7833) lies in the area of UA, not MD",
                file + ":29:9: warning: weather[1].at: this weather sets in at 3 h, when the scenario has ended (2 h);"
                        + " it is never used"), result.problems().stream().map(Problem::toString).toList());
        assertEquals("MD", result.orThrow().places().get(0).countryCode(), "the country given is kept");
    }

    @Test
    void textWithByteOrderMarkLoads() {
        String text = "\uFEFF" + Fixtures.text("minimal.yaml");
        assertTrue(ScenarioLoader.load(text, "bom.yaml", SubstanceLibrary.bundled()).isValid());
    }
}
