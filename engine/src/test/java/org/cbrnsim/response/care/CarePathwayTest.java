package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseParameters;
import org.cbrnsim.sim.ExerciseSimulation;
import org.junit.jupiter.api.Test;

/**
 * 2 000 patients hurt in the first hour go through self-referral or triage → decontamination → hospital with the
 * default parameters: everyone ends admitted or dead, each timeline runs forward, and a second run with the same
 * seed tells the same story.
 */
class CarePathwayTest {

    private static final int PATIENTS = 2000;
    private static final ResponseParameters DEFAULTS = ResponseParameters.defaults();
    private static final TravelTime ROAD = (from, to) -> from.distanceToM(to) / 12;

    private static List<String> run(List<Patient> patients) {
        EventTape tape = new EventTape();
        CareRun.run(48 * 3600, sim -> wire(sim, tape, patients));
        return tape.lines;
    }

    private static void wire(ExerciseSimulation sim, EventTape tape, List<Patient> patients) {
        Deterioration clocks = new Deterioration(DEFAULTS.triage(), sim.events(), tape);
        List<Hospital> hospitals = new ArrayList<>();
        int[][] beds = {{400, 40, 30}, {250, 25, 12}, {120, 12, 6}};
        for (int i = 0; i < beds.length; i++) {
            hospitals.add(new Hospital(new HospitalSpec("h" + i, beds[i][0], beds[i][1], beds[i][2], 0.8, ""), "UA",
                    new LocalPoint(4000 + 3000 * i, 1000 * i), DEFAULTS.hospitals(), clocks, sim.events(), tape));
        }
        HospitalNetwork network = new HospitalNetwork(hospitals, ROAD, tape);
        SelfReferral self = new SelfReferral(DEFAULTS.hospitals(), sim.random("response.self-referral"), network,
                ROAD, sim.events());
        LocalPoint ccp = new LocalPoint(500, 0);
        DeconLine.Listener toHospital = (p, t) -> network.choose(p, ccp, t).ifPresent(h -> {
            p.moveTo(CareSite.at("amb"));
            sim.events().at(t + ROAD.seconds(ccp, h.position()), arrive -> {
                if (!p.isDead()) {
                    network.deliver(p, h, arrive);
                }
            });
        });
        List<DeconLine> lines = List.of(
                new DeconLine("decon-1", "UA", "ccp", DEFAULTS.decon(), sim.random("response.decon-1"), sim.events(),
                        tape, toHospital),
                new DeconLine("decon-2", "UA", "ccp", DEFAULTS.decon(), sim.random("response.decon-2"), sim.events(),
                        tape, toHospital));
        lines.forEach(line -> line.open(600));
        int[] next = {0};
        TriagePoint triage = new TriagePoint("amb-1", "ccp", "UA", 4, DEFAULTS.triage(), clocks, (p, t) -> 1800,
                sim.events(), tape, (p, category, first, t) -> {
                    if (first) {
                        triagePointOf(p).remove(p);
                        lines.get(next[0]++ % lines.size()).arrive(p, t);
                    }
                });
        MersenneTwisterFast random = sim.random("test.casualties");
        for (int i = 0; i < PATIENTS; i++) {
            double u = random.nextDouble();
            HealthState severity = u < 0.05 ? HealthState.ICU : u < 0.30 ? HealthState.ADMITTED
                    : HealthState.SOUGHT_CARE;
            double injuredS = 3600 * random.nextDouble();
            Patient p = new Patient(i, "UA", new LocalPoint(2000 * random.nextDouble(), 0), severity, injuredS,
                    true, CareRun.SCENE);
            patients.add(p);
            sim.events().at(injuredS, t -> {
                clocks.start(p, t);
                if (!self.consider(p, t)) {
                    triage.arrive(p, t);
                }
            });
        }
    }

    private static TriagePoint triagePointOf(Patient p) {
        return (TriagePoint) p.site();
    }

    @Test
    void everyPatientEndsAdmittedOrDeadAlongATimelineThatRunsForward() {
        List<Patient> patients = new ArrayList<>();
        List<String> lines = run(patients);
        long admitted = lines.stream().filter(l -> l.contains(" admitted ")).count();
        long died = lines.stream().filter(l -> l.contains(" died ")).count();
        assertEquals(PATIENTS, admitted + died - lines.stream().filter(l -> l.contains(" died ")
                && l.contains("in hospital")).count(), "each patient admitted, or dead before care");
        for (Patient p : patients) {
            assertTrue(p.isDead() || !Double.isNaN(p.admittedS()), p + " neither admitted nor dead");
            if (!Double.isNaN(p.decontaminatedS())) {
                assertTrue(p.triagedS() <= p.decontaminatedS(), p + " decontaminated before triage");
                assertTrue(Double.isNaN(p.admittedS()) || p.decontaminatedS() <= p.admittedS());
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("undecontaminated")), "some self-referred");
    }

    @Test
    void theSameSeedTellsTheSameStory() {
        assertEquals(run(new ArrayList<>()), run(new ArrayList<>()));
    }
}
