package org.cbrnsim.response.units;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.cbrnsim.geo.Place;
import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.geo.Places;
import org.cbrnsim.geo.Road;
import org.cbrnsim.geo.RoadNetwork;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.PpeLevel;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.ExerciseSimulation;
import org.cbrnsim.sim.SimulationClock;
import org.cbrnsim.sim.SimulationModel;

/**
 * A small world for the response tests. Along the x axis, in Ukraine: the plant (the scene) at 0, station A 6 km of
 * road east, station B 8 km further, station C 9 km beyond B on a 90 km/h road; the other roads are 60 km/h. In
 * Moldova, station MD 4 km of road west of the plant. Without roads: a hospital 500 m north of station A and a depot
 * on the x axis at 2.4 km. An island with a road of its own (I1–I2) that no road joins to the rest.
 *
 * <p>Drive to the plant at 1.25 × the road speeds (75 km/h on 60-km/h roads): from A 6 km / 75 km/h = 288 s; from
 * B 14 km / 75 km/h = 672 s; from C 672 s + 9 km / 112.5 km/h = 960 s; from MD 4 km / 75 km/h = 192 s.
 */
public final class TestWorld {

    public static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40+02:00");
    public static final double KMH_60 = 60 / 3.6;
    public static final double KMH_90 = 90 / 3.6;

    public static final Places PLACES = new Places(List.of(
            place("plant", PlaceKind.PLANT, "UA", 0, 0),
            place("station-a", PlaceKind.STATION, "UA", 5_000, 0),
            place("station-b", PlaceKind.STATION, "UA", 12_000, 0),
            place("station-c", PlaceKind.STATION, "UA", 20_000, 0),
            place("station-md", PlaceKind.STATION, "MD", -3_000, 0),
            place("hospital", PlaceKind.HOSPITAL, "UA", 5_000, 500),
            place("depot", PlaceKind.OTHER, "UA", 2_400, 0),
            place("island-1", PlaceKind.VILLAGE, "UA", 0, 50_000),
            place("island-2", PlaceKind.VILLAGE, "UA", 1_000, 50_000)));
    public static final RoadNetwork ROADS = new RoadNetwork(PLACES, List.of(
            new Road("plant", "station-a", 6_000, KMH_60),
            new Road("station-a", "station-b", 8_000, KMH_60),
            new Road("station-b", "station-c", 9_000, KMH_90),
            new Road("plant", "station-md", 4_000, KMH_60),
            new Road("island-1", "island-2", 1_500, KMH_60)));

    /** First call 300 s after the release, 60 s call handling, NFPA turnouts, factor 1.25, no first assignment. */
    public static final ResponseParameters.Alarm ALARM = alarm(Map.of());

    private TestWorld() {
    }

    /** {@link #ALARM} with {@code firstAssignment}. */
    public static ResponseParameters.Alarm alarm(Map<UnitType, Integer> firstAssignment) {
        return new ResponseParameters.Alarm(300, false, 60, 80, 60, 1.25, firstAssignment);
    }

    public static final Incident INCIDENT = new Incident("tank-car", "plant", "UA");

    /** A unit group of the type's default crew, capabilities and protection. */
    public static UnitSpec unit(String id, UnitType type, String station, int count, double callOutS) {
        return new UnitSpec(id, type, station, count, type.defaultCrew(), type.defaultCapabilities(),
                type.defaultPpe(), callOutS, "");
    }

    /** A unit group of one unit with the given crew, capabilities and protection. */
    public static UnitSpec unit(String id, UnitType type, String station, int crew, EnumSet<Capability> capabilities,
                                PpeLevel ppe) {
        return new UnitSpec(id, type, station, 1, crew, capabilities, ppe, 0, "");
    }

    public static AgencySpec agency(String id, AgencyKind kind, String country, UnitSpec... units) {
        return new AgencySpec(id, id, kind, country, List.of(units), "");
    }

    /** Runs {@code model} from T0 to {@code endS} in steps of 60 s. */
    public static ExerciseSimulation run(double endS, SimulationModel model) {
        ExerciseSimulation simulation = new ExerciseSimulation(1, new SimulationClock(T0, 60, endS), model);
        simulation.run();
        return simulation;
    }

    private static Place place(String id, PlaceKind kind, String country, double xM, double yM) {
        return new Place(id, id, kind, country, 48.0, 28.0, xM, yM);
    }
}
