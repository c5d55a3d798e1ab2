package org.cbrnsim.response.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

/**
 * Alarm and dispatch in {@link TestWorld}: release at 0, first call at 300 s, dispatch order at 360 s, turnout 80 s
 * (fire) or 60 s (EMS), driving times to the plant A 288 s, B 672 s, C 960 s, MD 192 s.
 */
class DispatcherTest {

    private static final double TOLERANCE_S = 1e-9;

    /** One run's fleet, dispatcher, events and arrival times. */
    private static final class Run {
        final RecordingEvents events = new RecordingEvents();
        final Map<String, Double> arrivalS = new LinkedHashMap<>();
        Fleet fleet;
        Dispatcher dispatcher;
    }

    private static Run run(ResponseParameters.Alarm alarm, List<AgencySpec> agencies,
                           BiConsumer<Run, ExerciseSimulation> atStart) {
        Run run = new Run();
        TestWorld.run(3 * 3600, sim -> {
            run.fleet = new Fleet(agencies, TestWorld.PLACES, run.events);
            run.dispatcher = new Dispatcher(TestWorld.INCIDENT, run.fleet, TestWorld.ROADS, alarm, sim.events(),
                    run.events, (unit, placeId, tS) -> run.arrivalS.put(unit.id(), tS));
            run.dispatcher.releaseStarts(0);
            atStart.accept(run, sim);
        });
        return run;
    }

    private static AgencySpec fire(String... stations) {
        return TestWorld.agency("ses", AgencyKind.FIRE, "UA", java.util.Arrays.stream(stations)
                .map(s -> TestWorld.unit("engine-" + s.substring(s.length() - 1), UnitType.FIRE_ENGINE, s, 1, 0))
                .toArray(org.cbrnsim.scenario.UnitSpec[]::new));
    }

    /**
     * An engine on duty 14 km of road from the plant: first call 300 s, order 300 + 60 = 360 s, leaves after the
     * 80-s turnout at 440 s, drives 14 km / (60 km/h × 1.25) = 672 s: on scene at 1 112 s, 812 s after the call.
     */
    @Test
    void aUnitAtAKnownRoadDistanceArrivesWhenItShould() {
        Run run = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 1)), List.of(fire("station-b")), (r, s) -> {
        });
        assertEquals(300 + 60 + 80 + 14.0 / (60 * 1.25) * 3600, run.arrivalS.get("engine-b"), TOLERANCE_S);
        assertEquals(List.of("call@300 UA tank-car",
                "dispatched@360 engine-b plant 14000 m",
                "task@360 engine-b called-out station-b",
                "task@440 engine-b en-route plant",
                "on-scene@1112 engine-b plant after 812",
                "task@1112 engine-b rescue plant"), run.events.lines());
        assertEquals(UnitState.ON_SCENE, run.fleet.get("engine-b").state());
        assertEquals(300, run.dispatcher.firstCallS().orElseThrow());
    }

    /** Two engines asked, three stations: A (on scene 728 s) and B (1 112 s) go; C stays. */
    @Test
    void theNearestUnitsGoFirst() {
        Run run = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 2)),
                List.of(fire("station-c", "station-b", "station-a")), (r, s) -> {
                });
        assertEquals(List.of("engine-a", "engine-b"), List.copyOf(run.arrivalS.keySet()));
        assertEquals(728, run.arrivalS.get("engine-a"), TOLERANCE_S);
        assertEquals(1112, run.arrivalS.get("engine-b"), TOLERANCE_S);
        assertTrue(run.fleet.get("engine-c").isAvailable());
    }

    /** A is busy at the scene; the engine asked for at 1 000 s comes from B: 1 000 + 80 + 672 = 1 752 s. */
    @Test
    void whenTheNearestIsBusyTheNextComes() {
        List<ResponseUnit> sent = new ArrayList<>();
        Run run = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 1)), List.of(fire("station-a", "station-b")),
                (r, s) -> s.events().at(1000, t -> sent.addAll(r.dispatcher.request(UnitType.FIRE_ENGINE, 1, "plant"))));
        assertEquals(List.of("engine-b"), sent.stream().map(ResponseUnit::id).toList());
        assertEquals(1752, run.arrivalS.get("engine-b"), TOLERANCE_S);
    }

    /**
     * Three ambulances asked at T0 from stations listed C, A, B: they come in order of arrival, A (60 + 288 = 348 s),
     * B (732 s), C (1 020 s), whatever the fleet order; a fourth request finds none free.
     */
    @Test
    void reinforcementComesFromFartherStationsInOrderOfArrival() {
        List<String> sent = new ArrayList<>();
        List<String> fourth = new ArrayList<>();
        Run run = run(TestWorld.ALARM, List.of(TestWorld.agency("ems", AgencyKind.EMS, "UA",
                TestWorld.unit("amb-c", UnitType.AMBULANCE, "station-c", 1, 0),
                TestWorld.unit("amb-a", UnitType.AMBULANCE, "station-a", 1, 0),
                TestWorld.unit("amb-b", UnitType.AMBULANCE, "station-b", 1, 0))), (r, s) -> {
                    r.dispatcher.request(UnitType.AMBULANCE, 3, "plant").forEach(u -> sent.add(u.id()));
                    r.dispatcher.request(UnitType.AMBULANCE, 1, "plant").forEach(u -> fourth.add(u.id()));
                });
        assertEquals(List.of("amb-a", "amb-b", "amb-c"), sent);
        assertEquals(List.of(), fourth);
        assertEquals(348, run.arrivalS.get("amb-a"), TOLERANCE_S);
        assertEquals(732, run.arrivalS.get("amb-b"), TOLERANCE_S);
        assertEquals(1020, run.arrivalS.get("amb-c"), TOLERANCE_S);
        assertEquals(List.of("amb-a", "amb-b", "amb-c"), List.copyOf(run.arrivalS.keySet()));
    }

    /**
     * An on-call crew at A (call-out 600 s) leaves at 360 + 80 + 600 = 1 040 s and arrives at 1 328 s, after the crew
     * on duty at B (1 112 s), which is therefore picked first.
     */
    @Test
    void anOnCallCrewAddsItsCallOut() {
        AgencySpec ses = TestWorld.agency("ses", AgencyKind.FIRE, "UA",
                TestWorld.unit("engine-a", UnitType.FIRE_ENGINE, "station-a", 1, 600),
                TestWorld.unit("engine-b", UnitType.FIRE_ENGINE, "station-b", 1, 0));
        Run one = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 1)), List.of(ses), (r, s) -> {
        });
        assertEquals(List.of("engine-b"), List.copyOf(one.arrivalS.keySet()));
        Run two = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 2)), List.of(ses), (r, s) -> {
        });
        assertEquals(1328, two.arrivalS.get("engine-a"), TOLERANCE_S);
        assertTrue(two.events.lines().contains("task@1040 engine-a en-route plant"));
    }

    /**
     * Moldova's engine is nearest (192 s) but never comes on its own; the Ukrainian one at C does. Sent by hand at
     * 2 000 s it arrives at 2 000 + 80 + 192 = 2 272 s.
     */
    @Test
    void unitsOfAnotherCountryComeOnlyWhenSent() {
        AgencySpec igsu = TestWorld.agency("igsu", AgencyKind.FIRE, "MD",
                TestWorld.unit("engine-md", UnitType.FIRE_ENGINE, "station-md", 1, 0));
        Run run = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 2)), List.of(igsu, fire("station-c")),
                (r, s) -> s.events().at(2000, t -> r.dispatcher.send(r.fleet.get("engine-md"), "plant")));
        assertEquals(1400, run.arrivalS.get("engine-c"), TOLERANCE_S);
        assertEquals(2272, run.arrivalS.get("engine-md"), TOLERANCE_S);
        assertTrue(run.events.lines().contains("on-scene@2272 engine-md plant after 1972"));
    }

    /** Waiting for the cloud: it reaches people at 500 s, so the call comes at 800 s; a second report changes nothing. */
    @Test
    void theFirstCallCanWaitForTheCloudToReachPeople() {
        ResponseParameters.Alarm waits = new ResponseParameters.Alarm(300, true, 60, 80, 60, 1.25,
                Map.of(UnitType.FIRE_ENGINE, 1));
        Run run = run(waits, List.of(fire("station-a")), (r, s) -> {
            r.dispatcher.cloudReachedPeople(500);
            r.dispatcher.cloudReachedPeople(900);
        });
        assertEquals(List.of("call@800 UA tank-car"), run.events.starting("call"));
        assertEquals(800 + 60 + 80 + 288, run.arrivalS.get("engine-a"), TOLERANCE_S);
    }

    /**
     * An ambulance of A on scene at 348 s takes a patient to the hospital (no road: 350.4 s, see RoadTravelTest),
     * arriving at 698.4 s, then drives back at the road speeds, 650 m off road at 30 km/h = 78 s: home at 776.4 s.
     */
    @Test
    void anAmbulanceTransportsAndReturnsToBeAvailableAgain() {
        List<Double> atHospital = new ArrayList<>();
        Run run = run(TestWorld.ALARM, List.of(TestWorld.agency("ems", AgencyKind.EMS, "UA",
                TestWorld.unit("amb-a", UnitType.AMBULANCE, "station-a", 1, 0))), (r, s) -> {
                    r.dispatcher.request(UnitType.AMBULANCE, 1, "plant");
                    s.events().at(348, t -> r.dispatcher.transport(r.fleet.get("amb-a"), "hospital", (unit, place, ta) -> {
                        atHospital.add(ta);
                        r.dispatcher.returnToStation(unit);
                    }));
                });
        assertEquals(List.of(698.4), atHospital.stream().map(t -> Math.round(t * 1e6) / 1e6).toList());
        assertEquals(List.of("task@0 amb-a called-out station-a", "task@60 amb-a en-route plant",
                "task@348 amb-a triage plant", "task@348 amb-a transport hospital",
                "task@698.400 amb-a returning station-a", "task@776.400 amb-a available station-a"),
                run.events.starting("task"));
        assertTrue(run.fleet.get("amb-a").isAvailable());
        assertEquals("station-a", run.fleet.get("amb-a").placeId());
    }

    /**
     * Mutual aid inside the country: the fire service's engine at A goes first (728 s); the second engine asked
     * comes from civil protection at B (1 112 s), another agency of the same country; Moldova's does not.
     */
    @Test
    void anyAgencyOfTheCountryWithTheTypeGivesMutualAid() {
        AgencySpec civilProtection = TestWorld.agency("dsns-cp", AgencyKind.CIVIL_PROTECTION, "UA",
                TestWorld.unit("cp-engine-b", UnitType.FIRE_ENGINE, "station-b", 1, 0));
        AgencySpec igsu = TestWorld.agency("igsu", AgencyKind.FIRE, "MD",
                TestWorld.unit("engine-md", UnitType.FIRE_ENGINE, "station-md", 1, 0));
        Run run = run(TestWorld.alarm(Map.of(UnitType.FIRE_ENGINE, 2)), List.of(fire("station-a"), igsu,
                civilProtection), (r, s) -> {
                });
        assertEquals(List.of("engine-a", "cp-engine-b"), List.copyOf(run.arrivalS.keySet()));
        assertEquals(1112, run.arrivalS.get("cp-engine-b"), TOLERANCE_S);
    }

    @Test
    void aUnitThatIsDrivingCannotBeSentElsewhere() {
        List<Class<?>> thrown = new ArrayList<>();
        run(TestWorld.ALARM, List.of(fire("station-a")), (r, s) -> {
            r.dispatcher.request(UnitType.FIRE_ENGINE, 1, "plant");
            s.events().at(100, t -> {
                try {
                    r.dispatcher.send(r.fleet.get("engine-a"), "station-b");
                } catch (IllegalStateException e) {
                    thrown.add(e.getClass());
                }
            });
        });
        assertEquals(List.of(IllegalStateException.class), thrown);
        assertThrows(IllegalArgumentException.class, () -> run(TestWorld.ALARM, List.of(fire("station-a")),
                (r, s) -> r.dispatcher.request(UnitType.FIRE_ENGINE, -1, "plant")));
        assertThrows(IllegalArgumentException.class, () -> run(TestWorld.ALARM, List.of(),
                (r, s) -> r.dispatcher.request(UnitType.FIRE_ENGINE, 1, "atlantis")));
    }

    @Test
    void eachTypeBeginsWithTheTaskOfItsFirstCapability() {
        Map<UnitType, UnitTask> expected = Map.of(UnitType.FIRE_ENGINE, UnitTask.RESCUE, UnitType.HAZMAT,
                UnitTask.DETECTION, UnitType.DECONTAMINATION, UnitTask.DECONTAMINATION, UnitType.DETECTION,
                UnitTask.DETECTION, UnitType.AMBULANCE, UnitTask.TRIAGE, UnitType.POLICE, UnitTask.CORDON,
                UnitType.COMMAND, UnitTask.SIZE_UP, UnitType.MILITARY_CBRN, UnitTask.DETECTION);
        for (UnitType type : UnitType.values()) {
            AgencySpec agency = TestWorld.agency("a", AgencyKind.FIRE, "UA", TestWorld.unit("u", type, "station-a", 1, 0));
            assertEquals(expected.get(type), Dispatcher.firstTaskOnScene(
                    new ResponseUnit("u", agency, agency.units().get(0))), type.name());
        }
    }
}
