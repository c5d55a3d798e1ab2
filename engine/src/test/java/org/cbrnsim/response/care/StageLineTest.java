package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

/** Deterministic timelines of a blocking flow line, worked out by hand. */
class StageLineTest {

    private static final ServiceTime EXACT = new LognormalServiceTime(0);

    private static StageLine<String> line(ExerciseSimulation sim, int[] stations, double[] meanS, List<String> out) {
        return new StageLine<>(stations, meanS, EXACT, new MersenneTwisterFast(1), sim.events(),
                (item, t) -> out.add(item + "@" + t));
    }

    /**
     * D/D/1 per stage: disrobe 120 s, shower 180 s, re-robe 240 s, one station each, three people at t = 0.
     * <pre>
     *   A: disrobe 0–120, shower 120–300, re-robe 300–540                         out 540
     *   B: disrobe 120–240, blocked 240–300, shower 300–480, blocked 480–540,
     *      re-robe 540–780                                                         out 780
     *   C: waits 0–300, disrobe 300–420, blocked 420–540, shower 540–720,
     *      blocked 720–780, re-robe 780–1020                                       out 1020
     * </pre>
     * Queue (waiting to enter + blocked): at 250 s C waits and B is blocked (2); at 500 s B and C are blocked
     * (2); at 600 s nobody waits (0); at 750 s C is blocked (1).
     */
    @Test
    void threePeopleThroughOneStationPerStageFollowTheHandTimeline() {
        List<String> out = new ArrayList<>();
        List<Integer> queue = new ArrayList<>();
        CareRun.run(3600, sim -> {
            StageLine<String> line = line(sim, new int[] {1, 1, 1}, new double[] {120, 180, 240}, out);
            line.open(0);
            for (String who : List.of("A", "B", "C")) {
                line.arrive(who, 0);
            }
            for (double t : new double[] {250, 500, 600, 750}) {
                sim.events().at(t, now -> queue.add(line.waitingToEnter() + line.betweenStages()));
            }
            sim.events().at(2000, t -> line.arrive("D", t));
        });
        assertEquals(List.of("A@540.0", "B@780.0", "C@1020.0", "D@2540.0"), out);
        assertEquals(List.of(2, 2, 0, 1), queue);
    }

    /**
     * D/D/c: 100 s per stage, stations 2, 2, 1, four people at t = 0. At 100 s A and B shower, C and D disrobe.
     * At 200 s, in the order the completions were scheduled: A leaves the shower to re-robe (200–300), C leaves
     * the disrobe for the shower A freed (200–300), B finishes its shower and is blocked (re-robe taken), D
     * finishes disrobing and is blocked (showers taken). At 300 s A is out, B re-robes (300–400), D takes B's
     * shower (300–400), C finishes its shower and is blocked. Then the single re-robe station lets one out each
     * 100 s: A 300, B 400, C 500, D 600.
     */
    @Test
    void theSingleReRobeStationSetsThePaceOfAWiderLine() {
        List<String> out = new ArrayList<>();
        int[] blockedAt250 = new int[1];
        CareRun.run(3600, sim -> {
            StageLine<String> line = line(sim, new int[] {2, 2, 1}, new double[] {100, 100, 100}, out);
            line.open(0);
            for (String who : List.of("A", "B", "C", "D")) {
                line.arrive(who, 0);
            }
            sim.events().at(250, t -> blockedAt250[0] = line.betweenStages());
        });
        assertEquals(List.of("A@300.0", "B@400.0", "C@500.0", "D@600.0"), out);
        assertEquals(2, blockedAt250[0], "B in the shower and D in the disrobe");
    }

    @Test
    void peopleWaitUntilTheLineOpens() {
        List<String> out = new ArrayList<>();
        CareRun.run(3600, sim -> {
            StageLine<String> line = line(sim, new int[] {1}, new double[] {60}, out);
            line.arrive("A", 0);
            line.arrive("B", 0);
            assertFalse(line.isOpen());
            sim.events().at(1000, line::open);
        });
        assertEquals(List.of("A@1060.0", "B@1120.0"), out);
    }

    /** A withdrawn person frees its station at once; one who only waited is simply gone. */
    @Test
    void withdrawingFreesTheStationForTheNext() {
        List<String> out = new ArrayList<>();
        CareRun.run(3600, sim -> {
            StageLine<String> line = line(sim, new int[] {1, 1}, new double[] {100, 300}, out);
            line.open(0);
            for (String who : List.of("A", "B", "C", "D")) {
                line.arrive(who, 0);
            }
            // at 150 s: A showers (100–400), B is blocked after disrobing (100–200), C waits, D waits.
            sim.events().at(150, t -> {
                assertTrue(line.withdraw("A", t));
                assertTrue(line.withdraw("D", t));
                assertFalse(line.withdraw("D", t));
            });
        });
        // B disrobed 100–200 but at 150 s A's shower frees: B showers 200–500; C disrobes 200–300, showers 500–800.
        assertEquals(List.of("B@500.0", "C@800.0"), out);
    }

    @Test
    void everyStageNeedsAStationAndATime() {
        CareRun.run(60, sim -> {
            assertThrows(IllegalArgumentException.class, () -> line(sim, new int[] {1, 0}, new double[] {1, 1},
                    new ArrayList<>()));
            assertThrows(IllegalArgumentException.class, () -> line(sim, new int[] {1}, new double[] {0},
                    new ArrayList<>()));
            assertThrows(IllegalArgumentException.class, () -> line(sim, new int[] {1}, new double[] {1, 2},
                    new ArrayList<>()));
        });
    }
}
