package org.cbrnsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cbrnsim.geo.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped scenarios' responders: every country of the region has its agencies, every station and hospital is
 * reachable by road from the release, every unit names its source, the published bed counts are the ones
 * places.md verified, and the places added for the responders brought no residents.
 */
class ShippedRespondersTest {

    private static Scenario shipped(String name) {
        LoadResult result = ScenarioLoader.load(Path.of("..", "scenarios", name));
        assertEquals(List.of(), result.problems(), name);
        return result.orThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine.yaml", "aqaba-chlorine.yaml"})
    void everyCountryHasFireHazmatEmsAndPoliceUnits(String name) {
        Scenario scenario = shipped(name);
        for (CountrySpec country : scenario.region().countries()) {
            Set<UnitType> types = scenario.response().agencies().stream()
                    .filter(a -> a.countryCode().equals(country.code())).flatMap(a -> a.units().stream())
                    .map(UnitSpec::type).collect(Collectors.toSet());
            for (UnitType needed : List.of(UnitType.FIRE_ENGINE, UnitType.AMBULANCE, UnitType.POLICE, UnitType.COMMAND)) {
                assertTrue(types.contains(needed), country.code() + " has no " + needed.yamlName());
            }
            assertTrue(scenario.response().agencies().stream().filter(a -> a.countryCode().equals(country.code()))
                    .flatMap(a -> a.units().stream()).anyMatch(u -> u.capabilities().contains(Capability.DECONTAMINATION)),
                    country.code() + " can decontaminate");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine.yaml", "aqaba-chlorine.yaml"})
    void everyStationAndHospitalIsReachableByRoadFromTheRelease(String name) {
        Scenario scenario = shipped(name);
        Set<String> reached = reachable(scenario.roads(), scenario.hazards().get(0).placeId().orElseThrow());
        Stream.concat(scenario.response().agencies().stream().flatMap(a -> a.units().stream()).map(UnitSpec::stationId),
                scenario.places().stream().filter(p -> p.kind() == PlaceKind.HOSPITAL).map(PlaceSpec::id))
                .forEach(place -> assertTrue(reached.contains(place), place + " is not reachable by road"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine.yaml", "aqaba-chlorine.yaml"})
    void everyAgencyAndUnitNamesItsSource(String name) {
        for (AgencySpec agency : shipped(name).response().agencies()) {
            assertFalse(agency.source().isBlank(), agency.id());
            agency.units().forEach(unit -> assertFalse(unit.source().isBlank(), unit.id()));
        }
    }

    /** Bed counts places.md verified: Bălți 750 [V P14], Prince Hashem 212 [V P28], the field hospital 216 with 56 ICU [V P29]. */
    @Test
    void publishedBedCountsAreUsed() {
        Map<String, HospitalSpec> dniester = byPlace(shipped("dniester-chlorine.yaml"));
        assertEquals(750, dniester.get("balti-hospital").beds());
        assertEquals(4, dniester.size(), "Mohyliv-Podilskyi, Ocnița, Soroca, Bălți");
        Map<String, HospitalSpec> aqaba = byPlace(shipped("aqaba-chlorine.yaml"));
        assertEquals(212, aqaba.get("prince-hashem-hospital").beds());
        assertEquals(12, aqaba.get("prince-hashem-hospital").icuBeds());
        assertEquals(216, aqaba.get("field-hospital").beds());
        assertEquals(56, aqaba.get("field-hospital").icuBeds());
        assertEquals(11, aqaba.get("field-hospital").edBeds(), "round(216 / 20) [A]");
        assertEquals(0.8, aqaba.get("field-hospital").occupancy(), "the default occupancy [A]");
    }

    /** The residents are those of the towns and villages (and Aqaba's port workers); responders' places add none. */
    @Test
    void respondersPlacesAddNoResidents() {
        // Mohyliv-Podilskyi 29,925 + Otaci 6,043 + Unguri 1,355 + Bronnytsia 1,268 + Naslavcea 782 (places.md §2.1)
        assertEquals(39_373, residents(shipped("dniester-chlorine.yaml")));
        // the port's 300 workers + Aqaba 95,048 (places.md §3.1)
        assertEquals(95_348, residents(shipped("aqaba-chlorine.yaml")));
    }

    private static long residents(Scenario scenario) {
        return scenario.places().stream().mapToLong(PlaceSpec::population).sum();
    }

    private static Map<String, HospitalSpec> byPlace(Scenario scenario) {
        return scenario.response().hospitals().stream().collect(Collectors.toMap(HospitalSpec::placeId, h -> h));
    }

    private static Set<String> reachable(List<RoadSpec> roads, String from) {
        Map<String, Set<String>> next = new HashMap<>();
        for (RoadSpec road : roads) {
            next.computeIfAbsent(road.fromId(), k -> new HashSet<>()).add(road.toId());
            next.computeIfAbsent(road.toId(), k -> new HashSet<>()).add(road.fromId());
        }
        Set<String> reached = new HashSet<>(Set.of(from));
        Deque<String> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            for (String place : next.getOrDefault(queue.poll(), Set.of())) {
                if (reached.add(place)) {
                    queue.add(place);
                }
            }
        }
        return reached;
    }
}
