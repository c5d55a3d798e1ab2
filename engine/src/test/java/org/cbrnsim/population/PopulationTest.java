package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The facade through all phases: determinism, aggregate events, counts. */
class PopulationTest {

    private static final double STEP = 60.0;

    /** Records every event as a line. */
    static final class EventLog implements PopulationEvents {
        final List<String> lines = new ArrayList<>();

        @Override
        public void firstWarned(double tS, int place) {
            lines.add("warned " + tS + " " + place);
        }

        @Override
        public void firstSelfWarned(double tS, int place) {
            lines.add("self-warned " + tS + " " + place);
        }

        @Override
        public void departed(double tS, int place, int agents) {
            lines.add("departed " + tS + " " + place + " " + agents);
        }

        @Override
        public void evacueesArrived(double tS, int destinationPlace, int agents) {
            lines.add("arrived " + tS + " " + destinationPlace + " " + agents);
        }

        @Override
        public void firstTierExceeded(double tS, int country, int tier) {
            lines.add("tier " + tS + " " + country + " " + tier);
        }

        @Override
        public void firstInjury(double tS, int country, HealthState severity) {
            lines.add("injury " + tS + " " + country + " " + severity);
        }

        @Override
        public void deaths(double tS, int place, int agents) {
            lines.add("deaths " + tS + " " + place + " " + agents);
        }
    }

    /** A run: two towns in two countries, a destination place, a chlorine puff drifting east over them. */
    static final class Run {
        final Residents residents;
        final Population population;
        final EventLog events = new EventLog();
        final PopulationCounts counts = new PopulationCounts(2);

        Run(long seed, int agentsPerTown) {
            TestStreams streams = new TestStreams(seed);
            residents = ResidentPlacement.place(List.of(
                            new ResidentPlace(0, 0, 2000, 0, 1500, agentsPerTown, new BuildingMix(0.3, 0.6, 0.1, 0)),
                            new ResidentPlace(1, 1, 6000, 300, 1000, agentsPerTown / 2, new BuildingMix(0.2, 0.7, 0, 0.1))),
                    3, 2, StartShares.DAY, streams.stream(PopulationRandom.PLACEMENT));
            EvacuationRoutes routes = (place, mode) -> new StraightRoute(place == 0 ? 2000 : 6000, 0, 3000, -15000,
                    mode == TravelMode.CAR ? 8.0 : 1.2, 2);
            population = new Population(residents, Fixtures.parameters(Fixtures.DEFAULT_CHANNELS,
                    Fixtures.defaultDecision(), Fixtures.LEES), streams, routes, events);
        }

        /** Steps 1 … {@code steps}: warning issued to both towns at 20 min. */
        Run play(int steps) {
            MovingPuff puff = new MovingPuff(Fixtures.chlorinePpm(400), 700, 2.0, -1000, 0);
            for (int k = 1; k <= steps; k++) {
                double t = k * STEP;
                if (k == 20) {
                    population.issueWarning(t, new boolean[] {true, true, false});
                }
                population.warn(t);
                population.behave(t);
                population.move(t);
                population.expose(t, STEP, puff.at(t));
                population.updateHealth(t);
                population.count(t, counts);
            }
            return this;
        }
    }

    private static void assertSameState(Residents a, Residents b) {
        assertArrayEquals(a.xM, b.xM);
        assertArrayEquals(a.yM, b.yM);
        assertArrayEquals(a.location, b.location);
        assertArrayEquals(a.flags, b.flags);
        assertArrayEquals(a.boxKgPerM3, b.boxKgPerM3);
        assertArrayEquals(a.toxicLoad, b.toxicLoad);
        assertArrayEquals(a.doseKgSPerM3, b.doseKgSPerM3);
        assertArrayEquals(a.exposureStartS, b.exposureStartS);
        assertArrayEquals(a.aeglTier, b.aeglTier);
        assertArrayEquals(a.health, b.health);
        assertArrayEquals(a.warnedS, b.warnedS);
        assertArrayEquals(a.decision, b.decision);
        assertArrayEquals(a.departureS, b.departureS);
    }

    /** Same seeds → identical arrays and identical events; another seed → a different run. */
    @Test
    void sameSeedSameRun() {
        Run a = new Run(7, 20_000).play(180);
        Run b = new Run(7, 20_000).play(180);
        assertSameState(a.residents, b.residents);
        assertEquals(a.events.lines, b.events.lines);
        Run c = new Run(8, 20_000).play(180);
        assertFalse(java.util.Arrays.equals(a.residents.toxicLoad, c.residents.toxicLoad));
    }

    /**
     * Events are aggregate: each milestone once per place or country, departures, deaths and arrivals once
     * per place and step at most; and the run produces each kind.
     */
    @Test
    void eventsAreAggregate() {
        Run run = new Run(9, 20_000).play(240);
        Set<String> milestones = new HashSet<>();
        Set<String> perStep = new HashSet<>();
        for (String line : run.events.lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "warned", "self-warned" -> assertTrue(milestones.add(f[0] + f[2]), line);
                case "tier", "injury" -> assertTrue(milestones.add(f[0] + f[2] + f[3]), line);
                default -> assertTrue(perStep.add(f[0] + f[1] + f[2]), line);
            }
        }
        for (String kind : List.of("warned", "self-warned", "departed", "arrived", "tier", "injury", "deaths")) {
            assertTrue(run.events.lines.stream().anyMatch(l -> l.startsWith(kind + " ")), kind);
        }
        assertTrue(run.events.lines.size() < run.residents.count() / 20, "events: " + run.events.lines.size()
                + " for " + run.residents.count() + " residents");
    }

    /** The counts add up: per-country rows sum to the totals and match the residents' arrays. */
    @Test
    void countsMatchTheResidents() {
        Run run = new Run(10, 10_000).play(150);
        Residents r = run.residents;
        long[] dead = new long[2];
        long[] aegl2 = new long[2];
        long[] evacuating = new long[2];
        for (int i = 0; i < r.count(); i++) {
            int c = r.countryOf(i);
            dead[c] += r.isDead(i) ? 1 : 0;
            aegl2[c] += r.aeglTier[i] >= 2 ? 1 : 0;
            evacuating[c] += !r.isDead(i) && r.has(i, Residents.EN_ROUTE) ? 1 : 0;
        }
        for (PopulationMetric m : PopulationMetric.values()) {
            assertEquals(run.counts.total(m), run.counts.get(0, m) + run.counts.get(1, m), m.column());
        }
        for (int c = 0; c < 2; c++) {
            assertEquals(dead[c], run.counts.get(c, PopulationMetric.DEAD));
            assertEquals(aegl2[c], run.counts.get(c, PopulationMetric.ABOVE_AEGL2));
            assertEquals(evacuating[c], run.counts.get(c, PopulationMetric.EVACUATING));
        }
        assertTrue(run.counts.total(PopulationMetric.ABOVE_AEGL1) >= run.counts.total(PopulationMetric.ABOVE_AEGL2));
        assertTrue(run.counts.total(PopulationMetric.ABOVE_AEGL2) >= run.counts.total(PopulationMetric.ABOVE_AEGL3));
        assertTrue(run.counts.total(PopulationMetric.DEAD) > 0);
        assertTrue(run.counts.total(PopulationMetric.SHELTERED) > 0);
        assertTrue(run.counts.total(PopulationMetric.WARNED) > 0.9 * r.count());
        long exclusive = run.counts.total(PopulationMetric.SHELTERED) + run.counts.total(PopulationMetric.EVACUATING)
                + run.counts.total(PopulationMetric.EVACUATED) + run.counts.total(PopulationMetric.DEAD);
        assertTrue(exclusive <= r.count());
    }

    /**
     * The departures add up to everyone who set out: per place, the batches sum to the residents of that place
     * who are on the way, have arrived, or died after leaving; the first batch is at the earliest departure.
     */
    @Test
    void departuresAddUpToEveryoneWhoLeft() {
        Run run = new Run(12, 10_000).play(240);
        Residents r = run.residents;
        long[] reported = new long[3];
        double[] firstReportedS = {Double.NaN, Double.NaN, Double.NaN};
        for (String line : run.events.lines) {
            String[] f = line.split(" ");
            if (f[0].equals("departed")) {
                int place = Integer.parseInt(f[2]);
                reported[place] += Integer.parseInt(f[3]);
                if (Double.isNaN(firstReportedS[place])) {
                    firstReportedS[place] = Double.parseDouble(f[1]);
                }
            }
        }
        long[] left = new long[3];
        double[] firstLeftS = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        long deadAfterLeaving = 0;
        for (int i = 0; i < r.count(); i++) {
            if (r.has(i, Residents.EN_ROUTE) || r.location[i] == LocationState.ARRIVED.code()) {
                left[r.homePlace[i]]++;
                firstLeftS[r.homePlace[i]] = Math.min(firstLeftS[r.homePlace[i]], r.departureS[i]);
                deadAfterLeaving += r.isDead(i) ? 1 : 0;
            }
        }
        assertTrue(left[0] > 100 && left[1] > 50, "too few evacuees to test: " + java.util.Arrays.toString(left));
        assertArrayEquals(left, reported);
        assertEquals(firstLeftS[0], firstReportedS[0]);
        assertEquals(firstLeftS[1], firstReportedS[1]);
        assertEquals(run.counts.total(PopulationMetric.EVACUATED) + run.counts.total(PopulationMetric.EVACUATING)
                + deadAfterLeaving, reported[0] + reported[1] + reported[2]);
    }

    @Test
    void timeMustNotGoBack() {
        Run run = new Run(11, 100);
        run.population.warn(120);
        assertThrows(IllegalArgumentException.class, () -> run.population.warn(60));
        assertThrows(IllegalArgumentException.class, () -> run.population.behave(Double.NaN));
    }
}
