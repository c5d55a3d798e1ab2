package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A million residents can be created and stepped through every phase (no timing assertions; the
 * integrator's benchmark measures speed).
 */
class MillionResidentsTest {

    static final int TOWNS = 50;
    static final int PER_TOWN = 20_000;

    /** 50 towns of 20 000 agents on a 7 × 7 (+1) grid 6 km apart, split between two countries. */
    static Residents millionResidents(TestStreams streams) {
        List<ResidentPlace> places = new ArrayList<>();
        for (int p = 0; p < TOWNS; p++) {
            double x = 6000.0 * (p % 7);
            double y = 6000.0 * (p / 7) - 18_000;
            places.add(new ResidentPlace(p, x < 18_000 ? 0 : 1, x, y, 2000, PER_TOWN,
                    new BuildingMix(0.3, 0.6, 0.08, 0.02)));
        }
        return ResidentPlacement.place(places, TOWNS + 1, 2, StartShares.DAY, streams.stream(PopulationRandom.PLACEMENT));
    }

    static EvacuationRoutes routesToTheSouth() {
        return (place, mode) -> new StraightRoute(6000.0 * (place % 7), 6000.0 * (place / 7) - 18_000,
                6000.0 * (place % 7), -40_000, mode == TravelMode.CAR ? 10.0 : 1.3, TOWNS);
    }

    @Test
    void aMillionResidentsStepThroughEveryPhase() {
        TestStreams streams = new TestStreams(2026);
        Residents r = millionResidents(streams);
        assertEquals(1_000_000, r.count());
        Population population = new Population(r, Fixtures.parameters(Fixtures.DEFAULT_CHANNELS,
                Fixtures.defaultDecision(), Fixtures.LEES), streams, routesToTheSouth(), PopulationEvents.NONE);
        MovingPuff puff = new MovingPuff(Fixtures.chlorinePpm(300), 1500, 3.0, -2000, 0);
        PopulationCounts counts = new PopulationCounts(2);
        boolean[] warnAll = new boolean[TOWNS + 1];
        Arrays.fill(warnAll, true);
        for (int k = 1; k <= 6; k++) {
            double t = 600.0 * k; // 10-min steps, so the puff crosses a few towns
            if (k == 2) {
                population.issueWarning(t, warnAll);
            }
            population.warn(t);
            population.behave(t);
            population.move(t);
            population.expose(t, 600, puff.at(t));
            population.updateHealth(t);
            population.count(t, counts);
        }
        long exposed = 0;
        for (int i = 0; i < r.count(); i++) {
            assertTrue(r.toxicLoad[i] >= 0 && Float.isFinite(r.toxicLoad[i]));
            exposed += r.toxicLoad[i] > 0 ? 1 : 0;
        }
        assertTrue(exposed > 10_000, "exposed " + exposed);
        assertTrue(counts.total(PopulationMetric.WARNED) > 500_000);
        assertTrue(counts.total(PopulationMetric.EVACUATING) + counts.total(PopulationMetric.EVACUATED) > 0);
        assertEquals(counts.total(PopulationMetric.DEAD), counts.get(0, PopulationMetric.DEAD)
                + counts.get(1, PopulationMetric.DEAD));
        // 50 discs of radius 20 cells hold about 50·π·20² ≈ 63 000 cells, plus the evacuees' cells on the roads
        assertTrue(population.grid().sampledCellCount() < r.count() / 5,
                "cells sampled " + population.grid().sampledCellCount());
    }
}
