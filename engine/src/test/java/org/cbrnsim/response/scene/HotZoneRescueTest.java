package org.cbrnsim.response.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.response.ResponseEvents;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.response.units.Fleet;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.response.units.TestWorld;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.PpeLevel;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.sim.EventScheduler;
import org.junit.jupiter.api.Test;

/**
 * Rescue from the hot zone, hand-computed: one fire engine of 4 (2 pairs, structural gear with SCBA), 10 casualties
 * all 100 m from the access point, 30 min of air, the default speeds: trip = 100 m / 1.0 m/s + 100 m / 0.5 m/s +
 * 120 s = 420 s, so ⌊1 800 / 420⌋ = 4 casualties per entry (1 680 s; a fifth trip would end at 2 100 s). The engine
 * is on scene at 368 s and its pairs are dressed at 368 + 300 = 668 s.
 */
class HotZoneRescueTest {

    private static final LocalPoint ACCESS = new LocalPoint(0, 0);
    private static final double AIR_S = 1800;
    /** Ten casualties exactly 100 m from the access point (3-4-5 triangles). */
    private static final List<RescueCasualty> AT_100_M = List.of(
            new RescueCasualty("c1", 100, 0), new RescueCasualty("c2", 0, 100), new RescueCasualty("c3", -100, 0),
            new RescueCasualty("c4", 0, -100), new RescueCasualty("c5", 60, 80), new RescueCasualty("c6", 80, 60),
            new RescueCasualty("c7", -60, 80), new RescueCasualty("c8", -80, 60), new RescueCasualty("c9", 60, -80),
            new RescueCasualty("c10", 80, -60));

    private static final AgencySpec ENGINE = TestWorld.agency("ses", AgencyKind.FIRE, "UA",
            TestWorld.unit("engine", UnitType.FIRE_ENGINE, "station-a", 1, 0));

    private static List<String> rescue(RescueParameters parameters, List<RescueCasualty> casualties) {
        List<String> out = new ArrayList<>();
        SceneRun.run(3 * 3600, List.of(ENGINE), (r, sim) -> {
            HotZoneRescue rescue = new HotZoneRescue(ACCESS, AIR_S, parameters, r.fleet, sim.events(),
                    (casualty, unitId, tS) -> out.add(casualty.id() + "@" + Math.round(tS)));
            rescue.addCasualties(casualties);
            r.dispatcher.send(r.fleet.get("engine"), "plant");
            return (unit, placeId, tS) -> rescue.addTeam(unit);
        });
        return out;
    }

    @Test
    void aTripAndTheCasualtiesPerEntryFollowFromDistanceAndAir() {
        HotZoneRescue rescue = new HotZoneRescue(ACCESS, AIR_S, RescueParameters.defaults(),
                new Fleet(List.of(), TestWorld.PLACES, ResponseEvents.NONE), dummyScheduler(),
                (c, u, t) -> {
                });
        assertEquals(420, rescue.tripS(100), 1e-12);
        assertEquals(4, rescue.casualtiesPerEntry(100));
        assertEquals(0, rescue.casualtiesPerEntry(600), "600 + 1 200 + 120 = 1 920 s > 1 800 s");
    }

    /**
     * With one pair kept outside as back-up, one pair works at a time. Pair 1 goes in at 668 s: out come c1–c4 at
     * 1 088, 1 508, 1 928 and 2 348 s; it comes out at 2 348 s and rests to 3 548 s. Pair 2 may not go in meanwhile
     * (it is the back-up, and the resting pair is not ready). At 3 548 s pair 2 (ready longest) goes in: c5–c8 at
     * 3 968 … 5 228 s; pair 1 is its back-up. At 6 428 s pair 1 goes in again: c9, c10 at 6 848 and 7 268 s.
     */
    @Test
    void fourRescuersWithABackUpPairBringOutFourPerEntryOneEntryAtATime() {
        assertEquals(List.of("c1@1088", "c2@1508", "c3@1928", "c4@2348", "c5@3968", "c6@4388", "c7@4808", "c8@5228",
                "c9@6848", "c10@7268"), rescue(RescueParameters.defaults(), AT_100_M));
    }

    /**
     * Without back-up both pairs go in at 668 s, each taking the nearest waiting casualty (all equal: in order):
     * two out at 1 088, 1 508, 1 928 and 2 348 s; both rest to 3 548 s; c9 and c10 at 3 968 s.
     */
    @Test
    void withoutBackUpBothPairsWork() {
        RescueParameters noBackUp = new RescueParameters(1.0, 0.5, 120, 1200, 300, 0);
        assertEquals(List.of("c1@1088", "c2@1088", "c3@1508", "c4@1508", "c5@1928", "c6@1928", "c7@2348", "c8@2348",
                "c9@3968", "c10@3968"), rescue(noBackUp, AT_100_M));
    }

    /**
     * The nearest first: of casualties at 300 m (trip 1 020 s) and 100 m (420 s), the near one comes out at
     * 668 + 420 = 1 088 s; the far one's trip fits the 1 380 s of air left: out at 2 108 s. One at 1 000 m
     * (3 120 s &gt; 1 800 s) is beyond reach.
     */
    @Test
    void theNearestComesFirstAndTheOutOfReachNever() {
        List<RescueCasualty> casualties = List.of(new RescueCasualty("far", 300, 0), new RescueCasualty("near", 0, 100),
                new RescueCasualty("out-of-reach", 1000, 0));
        assertEquals(List.of("near@1088", "far@2108"), rescue(RescueParameters.defaults(), casualties));
    }

    @Test
    void onlyRescueUnitsWithHotZoneProtectionGoIn() {
        AgencySpec agency = TestWorld.agency("mix", AgencyKind.FIRE, "UA",
                TestWorld.unit("level-c", UnitType.DECONTAMINATION, "station-a", 6, EnumSet.of(Capability.RESCUE_IN_PPE),
                        PpeLevel.C),
                TestWorld.unit("police", UnitType.POLICE, "station-a", 1, 0),
                TestWorld.unit("hazmat", UnitType.HAZMAT, "station-a", 1, 0));
        Fleet fleet = new Fleet(List.of(agency), TestWorld.PLACES, ResponseEvents.NONE);
        assertFalse(HotZoneRescue.canEnterHotZone(fleet.get("level-c")));
        assertFalse(HotZoneRescue.canEnterHotZone(fleet.get("police")));
        assertTrue(HotZoneRescue.canEnterHotZone(fleet.get("hazmat")));
        HotZoneRescue rescue = new HotZoneRescue(ACCESS, AIR_S, RescueParameters.defaults(), fleet, dummyScheduler(),
                (c, u, t) -> {
                });
        ResponseUnit levelC = fleet.get("level-c");
        assertThrows(IllegalArgumentException.class, () -> rescue.addTeam(levelC));
    }

    /** The engine's Gantt shows rescue from its first entry; a withdrawn casualty is not carried. */
    @Test
    void theTeamsTaskIsRescueAndAWithdrawnCasualtyStays() {
        List<String> out = new ArrayList<>();
        SceneRun run = SceneRun.run(3600, List.of(TestWorld.agency("ses", AgencyKind.FIRE, "UA",
                TestWorld.unit("hazmat", UnitType.HAZMAT, "station-a", 1, 0))), (r, sim) -> {
                    HotZoneRescue rescue = new HotZoneRescue(ACCESS, AIR_S, new RescueParameters(1.0, 0.5, 120, 1200,
                            300, 0), r.fleet, sim.events(), (casualty, unitId, tS) -> out.add(casualty.id()));
                    rescue.addCasualties(AT_100_M.subList(0, 3));
                    assertTrue(rescue.withdraw("c1"));
                    assertFalse(rescue.withdraw("c1"));
                    r.dispatcher.send(r.fleet.get("hazmat"), "plant");
                    return (unit, placeId, tS) -> rescue.addTeam(unit);
                });
        assertEquals(List.of("c2", "c3"), out);
        assertTrue(run.events.lines().contains("task@668 hazmat rescue plant"), run.events.lines().toString());
        assertEquals(UnitTask.RESCUE, run.fleet.get("hazmat").task());
    }

    /** The scheduler of a finished one-step run, for checks that schedule nothing. */
    private static EventScheduler dummyScheduler() {
        EventScheduler[] scheduler = new EventScheduler[1];
        TestWorld.run(60, sim -> scheduler[0] = sim.events());
        return scheduler[0];
    }
}
