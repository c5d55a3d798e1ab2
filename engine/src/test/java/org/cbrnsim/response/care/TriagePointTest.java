package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.scenario.TriageSystem;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

class TriagePointTest {

    /** START, 60 s per triage, minor → delayed after 1 000 s, re-triage every 600 s. */
    private static final ResponseParameters.Triage FAST = new ResponseParameters.Triage(TriageSystem.START, 60, 1000,
            3600, 600);

    private static TriagePoint point(ExerciseSimulation sim, ResponseParameters.Triage triage, int officers,
                                     EventTape tape, List<String> heard, double expectedWaitS) {
        Deterioration deterioration = new Deterioration(triage, sim.events(), tape);
        return new TriagePoint("amb-1", "ccp", "UA", officers, triage, deterioration, (p, t) -> expectedWaitS,
                sim.events(), tape, (p, category, first, t) -> heard.add(t + " " + p.id() + " "
                + category.label() + (first ? " first" : "")));
    }

    @Test
    void oneOfficerTriagesOnePatientPerMinuteInArrivalOrder() {
        EventTape tape = new EventTape();
        List<String> heard = new ArrayList<>();
        CareRun.run(600, sim -> {
            TriagePoint point = point(sim, ResponseParameters.defaults().triage(), 1, tape, heard, 0);
            Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(), tape);
            for (int i = 0; i < 3; i++) {
                Patient p = CareRun.patient(i, HealthState.SOUGHT_CARE, 0);
                clocks.start(p, 0);
                point.arrive(p, 0);
            }
            assertEquals(3, point.untriagedCount());
        });
        assertEquals(List.of("60.0 triaged p0 minor by amb-1 at ccp", "120.0 triaged p1 minor by amb-1 at ccp",
                "180.0 triaged p2 minor by amb-1 at ccp"), tape.lines);
    }

    @Test
    void moreOfficersTriageInParallel() {
        EventTape tape = new EventTape();
        List<String> heard = new ArrayList<>();
        CareRun.run(600, sim -> {
            TriagePoint point = point(sim, ResponseParameters.defaults().triage(), 0, tape, heard, 0);
            Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(), tape);
            for (int i = 0; i < 3; i++) {
                Patient p = CareRun.patient(i, HealthState.ADMITTED, 0);
                clocks.start(p, 0);
                point.arrive(p, 0);
            }
            sim.events().at(30, t -> point.addOfficers(2, t));
        });
        assertEquals(List.of("90.0 p0 delayed first", "90.0 p1 delayed first", "150.0 p2 delayed first"), heard);
    }

    @Test
    void triagedPatientsWaitInPriorityOrder() {
        List<String> order = new ArrayList<>();
        CareRun.run(600, sim -> {
            TriagePoint point = point(sim, ResponseParameters.defaults().triage(), 3, new EventTape(),
                    new ArrayList<>(), 0);
            Deterioration clocks = new Deterioration(ResponseParameters.defaults().triage(), sim.events(),
                    new EventTape());
            HealthState[] severities = {HealthState.SOUGHT_CARE, HealthState.ICU, HealthState.ADMITTED,
                    HealthState.ICU};
            for (int i = 0; i < severities.length; i++) {
                Patient p = CareRun.patient(i, severities[i], 0);
                clocks.start(p, 0);
                point.arrive(p, 0);
            }
            sim.events().at(300, t -> {
                assertEquals(2, point.waitingCount(TriageCategory.IMMEDIATE));
                while (point.nextForTransport().isPresent()) {
                    Patient next = point.nextForTransport().get();
                    order.add(next.id());
                    point.remove(next);
                }
            });
        });
        assertEquals(List.of("p1", "p3", "p2", "p0"), order,
                "immediate by first triage (p1 at 60 s, p3 at 120 s), then delayed, then minor");
    }

    @Test
    void reTriageTakesAnOfficerAndSeesTheWorsenedCondition() {
        List<String> heard = new ArrayList<>();
        CareRun.run(1800, sim -> {
            Deterioration clocks = new Deterioration(FAST, sim.events(), new EventTape());
            TriagePoint point = point(sim, FAST, 1, new EventTape(), heard, 0);
            Patient p = CareRun.patient(5, HealthState.ADMITTED, 0);
            clocks.start(p, 0);
            point.arrive(p, 0);
        });
        // first triage 0–60; re-triage queued at 660, done 720; queued at 1320, done 1380 (immediate since 1000).
        assertEquals(List.of("60.0 p5 delayed first", "720.0 p5 delayed", "1380.0 p5 immediate"), heard);
    }

    @Test
    void saltTriagesAnImmediatePatientWhoWouldDieWaitingAsExpectantAndPutsItLast() {
        ResponseParameters.Triage salt = new ResponseParameters.Triage(TriageSystem.SALT, 60, 3600, 3600,
                1800);
        List<String> heard = new ArrayList<>();
        List<String> order = new ArrayList<>();
        CareRun.run(600, sim -> {
            Deterioration clocks = new Deterioration(salt, sim.events(), new EventTape());
            TriagePoint point = point(sim, salt, 1, new EventTape(), heard, 3600);
            Patient immediate = CareRun.patient(1, HealthState.ICU, 0);
            Patient minor = CareRun.patient(2, HealthState.SOUGHT_CARE, 0);
            clocks.start(immediate, 0);
            clocks.start(minor, 0);
            point.arrive(immediate, 0);
            point.arrive(minor, 0);
            sim.events().at(300, t -> point.nextForTransport().ifPresent(p -> order.add(p.id())));
        });
        // at 60 s the immediate patient has 3 540 s left, less than the 3 600 s wait for treatment.
        assertEquals(List.of("60.0 p1 expectant first", "120.0 p2 minor first"), heard);
        assertEquals(List.of("p2"), order);
    }

    @Test
    void aPatientWhoDiesAtThePointLeavesIt() {
        EventTape tape = new EventTape();
        List<String> heard = new ArrayList<>();
        int[] waitingAfter = new int[1];
        CareRun.run(2 * 3600, sim -> {
            Deterioration clocks = new Deterioration(FAST, sim.events(), tape);
            TriagePoint point = point(sim, FAST, 1, new EventTape(), heard, 0);
            Patient p = CareRun.patient(9, HealthState.ICU, 0);
            clocks.start(p, 0);
            point.arrive(p, 0);
            sim.events().at(3700, t -> waitingAfter[0] = point.waitingCount(TriageCategory.IMMEDIATE));
        });
        assertEquals(List.of("3600.0 died p9 at ccp"), tape.of("died"));
        assertEquals(0, waitingAfter[0]);
        assertTrue(heard.size() >= 2 && heard.stream().allMatch(h -> h.contains("immediate")),
                "triaged and re-triaged immediate while alive: " + heard);
    }
}
