package org.cbrnsim.response.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.PpeLevel;
import org.cbrnsim.scenario.UnitType;
import org.junit.jupiter.api.Test;

class FleetTest {

    private static final AgencySpec SES = TestWorld.agency("ses", AgencyKind.FIRE, "UA",
            TestWorld.unit("engine-a", UnitType.FIRE_ENGINE, "station-a", 3, 0),
            TestWorld.unit("hazmat-b", UnitType.HAZMAT, "station-b", 1, 900));
    private static final AgencySpec EMS = TestWorld.agency("ems", AgencyKind.EMS, "UA",
            TestWorld.unit("amb-a", UnitType.AMBULANCE, "station-a", 2, 0));
    private static final AgencySpec IGSU = TestWorld.agency("igsu", AgencyKind.FIRE, "MD",
            TestWorld.unit("engine-md", UnitType.FIRE_ENGINE, "station-md", 1, 0));

    private static Fleet fleet() {
        return new Fleet(List.of(SES, EMS, IGSU), TestWorld.PLACES, ResponseEvents.NONE);
    }

    @Test
    void aGroupOfNUnitsBecomesNUnitsNumberedFromOneAndASingleUnitKeepsItsId() {
        assertEquals(List.of("engine-a-1", "engine-a-2", "engine-a-3", "hazmat-b", "amb-a-1", "amb-a-2", "engine-md"),
                fleet().all().stream().map(ResponseUnit::id).toList());
    }

    @Test
    void aUnitCarriesItsSpecAndAgency() {
        ResponseUnit hazmat = fleet().get("hazmat-b");
        assertEquals(UnitType.HAZMAT, hazmat.type());
        assertEquals("ses", hazmat.agencyId());
        assertEquals(AgencyKind.FIRE, hazmat.agencyKind());
        assertEquals("UA", hazmat.countryCode());
        assertEquals("station-b", hazmat.stationId());
        assertEquals(6, hazmat.crew());
        assertTrue(hazmat.has(Capability.DETECTION));
        assertEquals(PpeLevel.A, hazmat.ppe());
        assertEquals(900, hazmat.callOutS());
        assertEquals(UnitState.AT_STATION, hazmat.state());
        assertEquals(UnitTask.AVAILABLE, hazmat.task());
        assertEquals("station-b", hazmat.placeId());
    }

    @Test
    void availableUnitsAreOfTheTypeAndCountryAndAtTheirStation() {
        Fleet fleet = fleet();
        assertEquals(List.of("engine-a-1", "engine-a-2", "engine-a-3"),
                fleet.available(UnitType.FIRE_ENGINE, "UA").stream().map(ResponseUnit::id).toList());
        assertEquals(List.of("engine-md"), fleet.available(UnitType.FIRE_ENGINE, "MD").stream().map(ResponseUnit::id).toList());
        fleet.setTask(fleet.get("engine-a-2"), UnitTask.CALLED_OUT, "station-a", 0);
        assertEquals(List.of("engine-a-1", "engine-a-3"),
                fleet.available(UnitType.FIRE_ENGINE, "UA").stream().map(ResponseUnit::id).toList());
        assertEquals(1, fleet.busyCount());
        assertEquals(6, fleet.availableCount());
        assertEquals(1, fleet.busyCount(UnitType.FIRE_ENGINE));
        assertEquals(3, fleet.availableCount(UnitType.FIRE_ENGINE));
        assertEquals(0, fleet.busyCount(UnitType.AMBULANCE));
    }

    @Test
    void metricColumnsAreNamedByType() {
        assertEquals("units_busy_fire-engine", Fleet.busyMetric(UnitType.FIRE_ENGINE));
        assertEquals(EnumSet.of(UnitType.FIRE_ENGINE, UnitType.HAZMAT, UnitType.AMBULANCE), fleet().types());
        var simulation = TestWorld.run(60, sim -> fleet().registerMetrics(sim));
        assertEquals(List.of("units_busy", "units_available", "units_busy_fire-engine", "units_busy_hazmat",
                "units_busy_ambulance"), simulation.timeSeries().metricNames());
    }

    @Test
    void aTaskOnSceneNeedsAUnitOnSceneAndMovingIsTheDispatchersJob() {
        Fleet fleet = fleet();
        ResponseUnit engine = fleet.get("engine-a-1");
        assertThrows(IllegalStateException.class, () -> fleet.startTask(engine, UnitTask.RESCUE, 0));
        assertThrows(IllegalArgumentException.class, () -> fleet.startTask(engine, UnitTask.EN_ROUTE, 0));
        fleet.setTask(engine, UnitTask.SIZE_UP, "plant", 10);
        fleet.startTask(engine, UnitTask.RESCUE, 20);
        assertEquals(UnitState.ON_SCENE, engine.state());
        assertEquals(UnitTask.RESCUE, engine.task());
        assertFalse(engine.isAvailable());
    }

    @Test
    void aUnitFromAbroadCanJoinButNotTwiceNorAtAnUnknownStation() {
        Fleet fleet = fleet();
        AgencySpec romania = TestWorld.agency("isu", AgencyKind.HAZMAT, "RO",
                TestWorld.unit("cbrn-ro", UnitType.HAZMAT, "station-md", 1, 0));
        fleet.add(new ResponseUnit("cbrn-ro", romania, romania.units().get(0)));
        assertEquals("RO", fleet.get("cbrn-ro").countryCode());
        assertThrows(IllegalArgumentException.class,
                () -> fleet.add(new ResponseUnit("cbrn-ro", romania, romania.units().get(0))));
        AgencySpec nowhere = TestWorld.agency("x", AgencyKind.FIRE, "UA",
                TestWorld.unit("lost", UnitType.FIRE_ENGINE, "atlantis", 1, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Fleet(List.of(nowhere), TestWorld.PLACES, ResponseEvents.NONE));
    }
}
