package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.scenario.ResponseParameters;
import org.junit.jupiter.api.Test;

class DeconLineTest {

    private static final ResponseParameters.Decon DEFAULTS = ResponseParameters.defaults().decon();

    private static ResponseParameters.Decon with(int rerobeStations, double cv) {
        ResponseParameters.Decon d = DEFAULTS;
        return new ResponseParameters.Decon(d.setupS(), d.disrobeS(), d.showerS(), d.rerobeS(), d.disrobeStations(),
                d.showerStations(), rerobeStations, d.nonAmbulatoryFactor(), cv);
    }

    private static Patient contaminated(int index, HealthState severity) {
        return new Patient(index, "UA", new LocalPoint(0, 0), severity, 0, true, CareRun.SCENE);
    }

    /** Exit times of {@code people} ambulatory patients all waiting at t = 0 for a line set up from t = 0. */
    private static double[] exitTimes(ResponseParameters.Decon decon, int people) {
        double[] exitS = new double[people];
        CareRun.run(48 * 3600, sim -> {
            DeconLine line = new DeconLine("decon-1", "UA", "ccp", decon, sim.random("response.decon"),
                    sim.events(), new EventTape(), (p, t) -> exitS[p.residentIndex()] = t);
            line.open(0);
            for (int i = 0; i < people; i++) {
                line.arrive(contaminated(i, HealthState.SOUGHT_CARE), 0);
            }
        });
        return exitS;
    }

    /** People per hour between the 100th and the 900th to leave: the line's throughput once it is full. */
    private static double throughputPerH(double[] exitS) {
        double[] sorted = exitS.clone();
        Arrays.sort(sorted);
        return 720 / (sorted[820] - sorted[100]) * 3600; // 720: whole batches of 8, 10, 12 or 16 stations
    }

    @Test
    void theLineOpensItsSetUpTimeAfterTheUnitArrivesAndTheFirstPersonTakesTheSumOfTheStages() {
        EventTape tape = new EventTape();
        List<String> out = new ArrayList<>();
        CareRun.run(4 * 3600, sim -> {
            DeconLine line = new DeconLine("decon-1", "UA", "ccp", with(8, 0), new MersenneTwisterFast(1),
                    sim.events(), tape, (p, t) -> out.add(t + " " + p.id() + (p.contaminated() ? " dirty" : "")));
            Patient walker = contaminated(1, HealthState.ADMITTED);
            Patient stretcher = contaminated(2, HealthState.ICU);
            line.arrive(walker, 0);
            line.arrive(stretcher, 0);
            assertEquals(2, line.queueLength());
            sim.events().at(100, line::open);
        });
        // opens at 100 + 1 200 s; walker: 120 + 180 + 240 = 540 s; stretcher: 4 × 540 = 2 160 s, in its own lane.
        assertEquals(List.of("1300.0 decon-opened decon-1 UA ccp"), tape.lines);
        assertEquals(List.of("1840.0 p1", "3460.0 p2"), out);
    }

    @Test
    void withTheDefaultStationsReRobingSetsTheThroughputAt180PerHour() {
        assertEquals(12, DEFAULTS.rerobeStations());
        assertEquals(180, throughputPerH(exitTimes(with(12, 0), 1000)), 1e-6, "12 stations × 3600/240 s");
        double withCv = throughputPerH(exitTimes(DEFAULTS, 1000));
        assertEquals(180, withCv, 9, "lognormal stage times, CV 0.5: re-robing still paces the line");
    }

    @Test
    void withReRobingWidenedTheTenShowersSetTheUkMd1ThroughputOf200PerHour() {
        assertEquals(200, throughputPerH(exitTimes(with(16, 0), 1000)), 1e-6, "10 showers × 3600/180 s");
        double withCv = throughputPerH(exitTimes(with(16, 0.5), 1000));
        assertTrue(withCv > 180 && withCv <= 205, "blocking with variable times costs a little: " + withCv);
    }

    @Test
    void aSlowReRobeBacksTheQueueUpThroughTheTent() {
        int[] blocked = new int[2];
        CareRun.run(4 * 3600, sim -> {
            List<DeconLine> lines = new ArrayList<>();
            for (int rerobe : new int[] {8, 16}) {
                DeconLine line = new DeconLine("decon-" + rerobe, "UA", "ccp", with(rerobe, 0),
                        new MersenneTwisterFast(1), sim.events(), new EventTape(), (p, t) -> { });
                line.open(0);
                for (int i = 0; i < 300; i++) {
                    line.arrive(contaminated(i, HealthState.SOUGHT_CARE), 0);
                }
                lines.add(line);
            }
            sim.events().at(3600, t -> {
                blocked[0] = lines.get(0).betweenStages();
                blocked[1] = lines.get(1).betweenStages();
            });
        });
        assertTrue(blocked[0] >= 10, "showered people wait for a re-robe station: " + blocked[0]);
        assertEquals(0, blocked[1], "with 16 re-robe stations nobody waits inside");
    }

    @Test
    void someoneWhoDiesInTheQueueLeavesIt() {
        EventTape tape = new EventTape();
        List<String> out = new ArrayList<>();
        int[] queue = new int[2];
        CareRun.run(6 * 3600, sim -> {
            Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(), tape);
            DeconLine line = new DeconLine("decon-1", "UA", "ccp", with(8, 0), new MersenneTwisterFast(1),
                    sim.events(), tape, (p, t) -> out.add(t + " " + p.id()));
            Patient first = contaminated(1, HealthState.ICU);
            Patient second = contaminated(2, HealthState.ICU);
            clocks.start(first, 0);
            clocks.start(second, 0);
            line.arrive(first, 0);
            line.arrive(second, 0);
            sim.events().at(3000, line::open);
            sim.events().at(3599, t -> queue[0] = line.queueLength());
            sim.events().at(3601, t -> queue[1] = line.queueLength());
        });
        // opens at 4 200 s: both died at 3 600 s, waiting.
        assertEquals(List.of("3600.0 died p1 at ccp", "3600.0 died p2 at ccp"), tape.of("died"));
        assertEquals(List.of(), out);
        assertEquals(2, queue[0]);
        assertEquals(0, queue[1]);
    }
}
