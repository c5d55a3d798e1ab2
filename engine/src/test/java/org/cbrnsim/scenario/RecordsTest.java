package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cbrnsim.hazard.atmosphere.Roughness;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.population.BuildingMix;
import org.cbrnsim.population.BuildingType;
import org.cbrnsim.population.ChannelKind;
import org.cbrnsim.population.StartShares;
import org.junit.jupiter.api.Test;

/** The records refuse what no scenario can mean, and stay immutable. */
class RecordsTest {

    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void countryAreaIsCopiedInAndOutAndComparedByValue() {
        List<double[]> area = new ArrayList<>(List.of(new double[] {48.6, 27.4}, new double[] {48.6, 28.2},
                new double[] {48.3, 28.2}));
        CountrySpec country = new CountrySpec("UA", "Ukraine", KYIV, area);
        area.get(0)[0] = 0;
        country.area().get(0)[0] = 0;
        assertEquals(48.6, country.area().get(0)[0]);
        CountrySpec same = new CountrySpec("UA", "Ukraine", KYIV, List.of(new double[] {48.6, 27.4},
                new double[] {48.6, 28.2}, new double[] {48.3, 28.2}));
        assertEquals(same, country);
        assertEquals(same.hashCode(), country.hashCode());
        assertNotEquals(new CountrySpec("UA", "Ukraine", KYIV, List.of(new double[] {48.6, 27.4},
                new double[] {48.6, 28.2}, new double[] {48.3, 28.3})), country);
        assertThrows(IllegalArgumentException.class, () -> new CountrySpec("ua", "Ukraine", KYIV, area));
        assertThrows(IllegalArgumentException.class, () -> new CountrySpec("UA", "Ukraine", KYIV, area.subList(0, 2)));
    }

    @Test
    void sharesMustAddUpToOne() {
        assertEquals("building shares must sum to 1, got 0.9",
                assertThrows(IllegalArgumentException.class, () -> BuildingMix.of(Map.of(
                        BuildingType.COMMERCIAL, 0.9))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StartShares(0.9, 0.2, 0));
        assertEquals("shelter + evacuate must be <= 1, got 0.7 + 0.4",
                assertThrows(IllegalArgumentException.class, () -> new DecisionSpec(0.7, 0.4, 900, 0.5)).getMessage());
    }

    @Test
    void clockStepFitsInTheRun() {
        OffsetDateTime start = OffsetDateTime.parse("2026-03-14T02:40+02:00");
        assertThrows(IllegalArgumentException.class, () -> new Clock(start, 60, 120));
        assertThrows(IllegalArgumentException.class, () -> new Clock(start, 0, 60));
        assertEquals(OffsetDateTime.parse("2026-03-14T04:10:30+02:00"), new Clock(start, 7200, 60).at(5430));
    }

    @Test
    void weatherRefusesWhatTheDispersionModelsRefuse() {
        assertThrows(IllegalArgumentException.class,
                () -> new WeatherSpec(0, 0.5, 290, StabilityClass.F, 288.15, Roughness.OPEN_COUNTRY, Double.POSITIVE_INFINITY));
        assertThrows(IllegalArgumentException.class,
                () -> new WeatherSpec(0, 2, 290, StabilityClass.D, 288.15, Roughness.OPEN_COUNTRY, 100));
        assertThrows(IllegalArgumentException.class,
                () -> new WeatherSpec(0, 2, 361, StabilityClass.F, 288.15, Roughness.OPEN_COUNTRY, Double.POSITIVE_INFINITY));
        WeatherSpec weather = new WeatherSpec(0, 2, 290, StabilityClass.F, 278.15, Roughness.URBAN, 150);
        assertEquals(1.0, weather.atmosphere().roughnessM());
        assertEquals(150, weather.atmosphere().inversionHeightM());
    }

    @Test
    void directReleaseRate() {
        ReleaseSpec.Direct continuous = ReleaseSpec.Direct.continuous(50, 1800);
        assertEquals(90_000, continuous.massKg());
        assertEquals(50, continuous.rateKgPerS());
        assertThrows(IllegalStateException.class, () -> new ReleaseSpec.Direct(25_000, 0).rateKgPerS());
        assertThrows(IllegalArgumentException.class, () -> new ReleaseSpec.Direct(-1, 0));
    }

    @Test
    void warningChannelsAreEachGivenOnce() {
        ChannelSpec siren = ScenarioDefaults.channel(ChannelKind.SIREN);
        assertEquals("warning channel siren appears twice", assertThrows(IllegalArgumentException.class,
                () -> new WarningSpec(OptionalDouble.empty(), Optional.empty(), List.of(siren, siren), Optional.empty()))
                .getMessage());
    }

    @Test
    void defaultRadiusKeepsTheResidentialDensity() {
        // places.md §2.1: Otaci, 6043 residents; a disc at 2000 per km² has π r² = 3.02 km², r = 981 m
        assertEquals(981, ScenarioDefaults.radiusM(6043));
        assertEquals(ScenarioDefaults.MIN_PLACE_RADIUS_M, ScenarioDefaults.radiusM(0));
    }
}
