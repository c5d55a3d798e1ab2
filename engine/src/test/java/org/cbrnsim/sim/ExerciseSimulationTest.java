package org.cbrnsim.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExerciseSimulationTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40+02:00");
    private static final SimulationClock TEN_MINUTES = new SimulationClock(T0, 60, 600);

    @Test
    void phasesRunInTheFixedOrderAtEveryStepWhateverTheRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        List<Phase> reversed = new ArrayList<>(List.of(Phase.values()));
        java.util.Collections.reverse(reversed);
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> {
            for (Phase phase : reversed) {
                s.onPhase(phase, ctx -> {
                    assertEquals(ctx.timeS(), s.schedule.getTime(), "the MASON time is the exact step time");
                    calls.add(ctx.phase() + "@" + ctx.step());
                });
            }
        });
        sim.run();
        List<String> expected = new ArrayList<>();
        for (long step = 0; step <= 10; step++) {
            for (Phase phase : Phase.values()) {
                expected.add(phase + "@" + step);
            }
        }
        assertEquals(expected, calls);
    }

    @Test
    void handlersOfOnePhaseRunInRegistrationOrder() {
        List<String> calls = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, new SimulationClock(T0, 60, 60), s -> {
            s.onPhase(Phase.HAZARD, ctx -> calls.add("first"));
            s.onPhase(Phase.HAZARD, ctx -> calls.add("second"));
        });
        sim.run();
        assertEquals(List.of("first", "second", "first", "second"), calls);
    }

    @Test
    void eventsAtEqualTimesRunInTheOrderTheyWereScheduled() {
        List<Integer> order = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> {
            for (int i = 0; i < 50; i++) {
                int index = i;
                s.events().at(90, t -> order.add(index));
            }
        });
        sim.run();
        assertEquals(IntStream.range(0, 50).boxed().toList(), order);
    }

    @Test
    void eventsRunAtTheirExactTimesBetweenAndBeforeTheSteps() {
        List<String> calls = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> {
            s.onPhase(Phase.WEATHER, ctx -> calls.add("WEATHER@" + ctx.timeS()));
            s.onPhase(Phase.RECORD, ctx -> calls.add("RECORD@" + ctx.timeS()));
            s.events().at(90.5, t -> calls.add("event@" + t + " now " + s.nowS()));
            s.events().at(120, t -> calls.add("event@" + t));
        });
        sim.run();
        List<String> expected = List.of("WEATHER@60.0", "RECORD@60.0", "event@90.5 now 90.5", "event@120.0",
                "WEATHER@120.0", "RECORD@120.0");
        int start = calls.indexOf("WEATHER@60.0");
        assertEquals(expected, calls.subList(start, start + expected.size()));
    }

    @Test
    void anEventForNowFromAPhaseRunsRightAfterThatPhase() {
        List<String> calls = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, new SimulationClock(T0, 60, 60), s -> {
            s.onPhase(Phase.WARNING, ctx -> {
                calls.add("WARNING@" + ctx.step());
                ctx.events().at(ctx.timeS(), t -> {
                    calls.add("event@" + t);
                    s.events().after(0, t2 -> calls.add("chained@" + t2));
                });
            });
            s.onPhase(Phase.BEHAVIOUR, ctx -> calls.add("BEHAVIOUR@" + ctx.step()));
        });
        sim.run();
        assertEquals(List.of("WARNING@0", "event@0.0", "chained@0.0", "BEHAVIOUR@0",
                "WARNING@1", "event@60.0", "chained@60.0", "BEHAVIOUR@1"), calls);
    }

    @Test
    void theRunStopsAtTheClocksEnd() {
        List<Double> ran = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> {
            s.addMetric("one", () -> 1);
            s.events().at(600, ran::add);
            s.events().at(600.001, ran::add);
        });
        sim.start();
        int masonSteps = 0;
        while (sim.schedule.step(sim)) {
            masonSteps++;
        }
        assertEquals(List.of(600.0), ran);
        assertEquals(11, sim.timeSeries().rowCount());
        assertEquals(600.0, sim.timeSeries().timeS(10));
        assertEquals(11, masonSteps, "one MASON step per step time; the event at 600 shares the last");
        assertEquals(1, sim.events().queuedCount(), "the event after the end stays unrun");
    }

    @Test
    void cancelledEventsDoNotRun() {
        List<String> ran = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> {
            ScheduledEvent kept = s.events().at(30, t -> ran.add("kept"));
            ScheduledEvent dropped = s.events().at(30, t -> ran.add("dropped"));
            assertTrue(dropped.cancel());
            assertFalse(dropped.cancel());
            assertTrue(kept.isPending());
        });
        sim.run();
        assertEquals(List.of("kept"), ran);
    }

    @Test
    void theScheduleNeverDrawsFromMasonsRandom() {
        ExerciseSimulation sim = new ExerciseSimulation(5, TEN_MINUTES, s -> {
            for (Phase phase : Phase.values()) {
                s.onPhase(phase, ctx -> { });
            }
            for (int i = 0; i < 20; i++) {
                s.events().at(120, t -> { });
            }
        });
        sim.start();
        MersenneTwisterFast before = (MersenneTwisterFast) sim.random.clone();
        while (sim.schedule.step(sim)) {
            // run to the end
        }
        assertTrue(before.stateEquals(sim.random), "MASON shuffled equal-time entries with state.random");
    }

    @Test
    void startingAgainReplaysTheSameRun() {
        ExerciseSimulation sim = new ExerciseSimulation(11, TEN_MINUTES, s -> {
            double[] walk = {0};
            s.onPhase(Phase.HAZARD, ctx -> walk[0] += ctx.random("walk").nextGaussian());
            s.addMetric("walk", () -> walk[0]);
        });
        sim.run();
        double first = sim.timeSeries().value(10, 0);
        sim.run();
        assertEquals(first, sim.timeSeries().value(10, 0));
        assertEquals(11, sim.timeSeries().rowCount());
    }

    @Test
    void handlersAndMetricsAreRegisteredOnlyWhileTheModelIsBuilt() {
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s -> { });
        sim.start();
        assertThrows(IllegalStateException.class, () -> sim.onPhase(Phase.HAZARD, ctx -> { }));
        assertThrows(IllegalStateException.class, () -> sim.addMetric("x", () -> 0));
        ExerciseSimulation notStarted = new ExerciseSimulation(1, TEN_MINUTES, s -> { });
        assertThrows(IllegalStateException.class, notStarted::eventLog);
    }

    @Test
    void eventsCannotBeScheduledInThePast() {
        List<String> errors = new ArrayList<>();
        ExerciseSimulation sim = new ExerciseSimulation(1, TEN_MINUTES, s ->
                s.onPhase(Phase.HAZARD, ctx -> {
                    if (ctx.step() == 2) {
                        errors.add(assertThrows(IllegalArgumentException.class,
                                () -> ctx.events().at(60, t -> { })).getMessage());
                    }
                }));
        sim.run();
        assertEquals(List.of("event time must be a finite time >= the current time 120.0 s, got 60.0 s"), errors);
    }
}
