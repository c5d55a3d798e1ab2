package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Decision shares, lognormal preparation, sealing and airing out, departure and travel
 * (exercise-and-response.md §4.5–4.6).
 */
class ProtectiveDecisionTest {

    private static final int N = 100_000;

    private static double fiveSigma(double p) {
        return 5 * Math.sqrt(p * (1 - p) / N);
    }

    private static int count(Residents r, Decision d) {
        int n = 0;
        for (int i = 0; i < r.count(); i++) {
            n += r.decision[i] == d.code() ? 1 : 0;
        }
        return n;
    }

    private static Residents warnedAt(double tS, StartShares atStart) {
        Residents r = Fixtures.town(N, 1000, atStart, 11);
        Arrays.fill(r.warnedS, (float) tS);
        return r;
    }

    /**
     * Contract defaults (shelter 0.7, evacuate 0.2, walking 0.2, preparation lognormal median 15 min,
     * σ 0.5): the shares come out as drawn; the preparation times have median 900 s and 84.13 %
     * quantile 900·e^0.5 = 1484 s (one σ of ln t).
     */
    @Test
    void sharesAndPreparationFollowTheParameters() {
        Residents r = warnedAt(600, Fixtures.ALL_INDOORS);
        OutdoorGrid grid = new OutdoorGrid(100, r);
        new ProtectiveDecision(Fixtures.defaultDecision(), new TestStreams(12).stream(PopulationRandom.DECISION))
                .step(r, grid, new RouteTable(EvacuationRoutes.NONE, 1), 600, new ResidentList(),
                        new DepartureBatches(1));
        assertEquals(0, count(r, Decision.UNDECIDED));
        assertEquals(0.7, count(r, Decision.SHELTER) / (double) N, fiveSigma(0.7));
        assertEquals(0.2, count(r, Decision.EVACUATE) / (double) N, fiveSigma(0.2));
        List<Double> preparations = new ArrayList<>();
        int walkers = 0;
        for (int i = 0; i < N; i++) {
            if (r.decision[i] == Decision.EVACUATE.code()) {
                preparations.add(r.departureS[i] - 600.0);
                walkers += r.has(i, Residents.ON_FOOT) ? 1 : 0;
            } else {
                assertTrue(Float.isNaN(r.departureS[i]));
            }
        }
        int evacuees = preparations.size();
        assertEquals(0.2, walkers / (double) evacuees, 5 * Math.sqrt(0.16 / evacuees));
        preparations.sort(null);
        assertEquals(900, preparations.get(evacuees / 2), 12);
        assertEquals(900 * Math.exp(0.5), preparations.get((int) (0.8413 * evacuees)), 25);
    }

    /** Nobody decides before receipt; sheltering brings people outdoors and in vehicles inside and seals. */
    @Test
    void shelteringSealsAndBringsPeopleIn() {
        Residents r = Fixtures.town(3, 10, new StartShares(0.4, 0.3, 0.3), 13);
        r.location[0] = LocationState.OUTDOORS.code();
        r.location[1] = LocationState.VEHICLE.code();
        r.location[2] = LocationState.INDOORS.code();
        r.warnedS[0] = 100;
        r.warnedS[1] = 100;
        r.warnedS[2] = 200;
        DecisionParameters alwaysShelter = new DecisionParameters(1, 0, 900, 0.5, 0.2, Fixtures.chlorinePpm(0.5));
        ProtectiveDecision decision = new ProtectiveDecision(alwaysShelter, new TestStreams(13).stream("decision"));
        decision.step(r, new OutdoorGrid(100, r), new RouteTable(EvacuationRoutes.NONE, 1), 120, new ResidentList(),
                new DepartureBatches(1));
        for (int i = 0; i < 2; i++) {
            assertEquals(Decision.SHELTER.code(), r.decision[i]);
            assertEquals(LocationState.INDOORS.code(), r.location[i]);
            assertTrue(r.has(i, Residents.SEALED));
        }
        assertEquals(Decision.UNDECIDED.code(), r.decision[2]);
        assertFalse(r.has(2, Residents.SEALED));
    }

    /**
     * §4.5: ventilate promptly after passage. Sealed while the cloud is outside; aired out once the
     * outdoor concentration is below both the indoor one and the level; sealed again if it rises to the level.
     */
    @Test
    void shelterersAirOutAfterThePlumeAndSealAgainIfItReturns() {
        Residents r = Fixtures.town(1, 10, Fixtures.ALL_INDOORS, 14);
        r.warnedS[0] = 0;
        double level = Fixtures.chlorinePpm(0.5);
        DecisionParameters alwaysShelter = new DecisionParameters(1, 0, 900, 0.5, 0.2, level);
        ProtectiveDecision decision = new ProtectiveDecision(alwaysShelter, new TestStreams(14).stream("decision"));
        OutdoorGrid grid = new OutdoorGrid(100, r);
        RouteTable routes = new RouteTable(EvacuationRoutes.NONE, 1);
        DepartureBatches departures = new DepartureBatches(1);
        ResidentList enRoute = new ResidentList();

        grid.sample(Fixtures.uniform(20 * level)); // cloud overhead, indoor air still clean
        decision.step(r, grid, routes, 60, enRoute, departures);
        assertTrue(r.has(0, Residents.SEALED));
        r.boxKgPerM3[0] = (float) (3 * level);
        grid.sample(Fixtures.uniform(2 * level)); // passing, but still above the level
        decision.step(r, grid, routes, 120, enRoute, departures);
        assertTrue(r.has(0, Residents.SEALED));
        grid.sample(Fixtures.uniform(0.5 * level)); // passed: below indoor and below the level
        decision.step(r, grid, routes, 180, enRoute, departures);
        assertFalse(r.has(0, Residents.SEALED));
        grid.sample(Fixtures.uniform(level)); // back again
        decision.step(r, grid, routes, 240, enRoute, departures);
        assertTrue(r.has(0, Residents.SEALED));
    }

    /**
     * An evacuee departs at receipt + preparation, leaves from home along the route (home offset
     * blended out linearly), and arrives after the route's duration; departures and arrivals are
     * reported per place and step. Without a route, the evacuee stays and the decision becomes "no action".
     */
    @Test
    void evacueesTravelTheirRouteAndArrive() {
        Residents r = Fixtures.town(2, 0, Fixtures.ALL_INDOORS, 15);
        r.homeXM[0] = r.xM[0] = 100;
        r.homeYM[0] = r.yM[0] = -40;
        r.warnedS[0] = 0;
        DecisionParameters alwaysDrive = new DecisionParameters(0, 1, 600, 0, 0, Fixtures.chlorinePpm(0.5));
        StraightRoute road = new StraightRoute(0, 0, 6000, 0, 10, 1);
        RouteTable routes = new RouteTable((place, mode) -> mode == TravelMode.CAR ? road : null, 2);
        ProtectiveDecision decision = new ProtectiveDecision(alwaysDrive, new TestStreams(15).stream("decision"));
        EvacuationMovement movement = new EvacuationMovement();
        OutdoorGrid grid = new OutdoorGrid(100, r);
        DepartureBatches departures = new DepartureBatches(2);
        ResidentList enRoute = new ResidentList();
        StepTally arrivals = new StepTally(2);
        int[] arrived = new int[2];

        decision.step(r, grid, routes, 60, enRoute, departures);
        assertEquals(600f, r.departureS[0]);
        assertFalse(r.has(0, Residents.EN_ROUTE));
        decision.step(r, grid, routes, 630, enRoute, departures);
        assertTrue(r.has(0, Residents.EN_ROUTE));
        assertEquals(LocationState.VEHICLE.code(), r.location[0]);
        assertTrue(r.has(0, Residents.SEALED), "warned drivers recirculate");
        assertEquals(1, enRoute.size());
        List<String> batches = new ArrayList<>();
        departures.flush((place, firstS, agents) -> batches.add(place + " " + firstS + " " + agents));
        assertEquals(List.of("0 600.0 1"), batches, "one batch, at the exact departure time, not the step");

        movement.step(r, grid, routes, 600 + 300, enRoute, arrivals); // half-way: 3000 m along, half the home offset left
        assertEquals(3000 + 50, r.xM[0], 1e-3);
        assertEquals(-20, r.yM[0], 1e-3);
        movement.step(r, grid, routes, 600 + 600, enRoute, arrivals);
        assertEquals(0, enRoute.size());
        assertEquals(LocationState.ARRIVED.code(), r.location[0]);
        assertFalse(r.has(0, Residents.EN_ROUTE));
        assertEquals(6000, r.xM[0], 1e-3);
        arrivals.flush((place, n) -> arrived[place] += n);
        assertEquals(1, arrived[1]);

        r.warnedS[1] = 0;
        r.set(1, Residents.ON_FOOT, true);
        r.decision[1] = Decision.EVACUATE.code();
        r.departureS[1] = 0;
        decision.step(r, grid, routes, 1260, enRoute, departures);
        assertEquals(Decision.NO_ACTION.code(), r.decision[1]);
        assertEquals(LocationState.INDOORS.code(), r.location[1]);
    }

    @Test
    void rejectsInconsistentProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> new DecisionParameters(0.9, 0.2, 900, 0.5, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionParameters(0.7, 0.2, 0, 0.5, 0.2, 1));
        assertThrows(IllegalArgumentException.class, () -> new DecisionParameters(0.7, 0.2, 900, 0.5, 1.5, 1));
    }
}
