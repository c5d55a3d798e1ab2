package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * People indoors who smell chlorine close up on their own, with no official warning: the odour
 * threshold, share and delay of the bundled indoor-sinks.yaml (0.2 ppm; 0.5; 5 min), the indoor
 * concentration of the box model with chlorine's sink (k = 2.8 /h).
 */
class OdourResponseTest {

    private static final double STEP = 60.0;
    private static final int AGENTS = 4000;

    private static Population town(Residents r, IndoorSink sink, PopulationTest.EventLog events) {
        OdourCue cue = sink.odourCue(Fixtures.CHLORINE.molarMassKgPerMol(), Fixtures.K_25C, Fixtures.ATM);
        PopulationParameters parameters = new PopulationParameters(AirExchangeRates.defaults(), List.of(),
                Double.POSITIVE_INFINITY, Fixtures.defaultDecision(), Fixtures.chlorine(Fixtures.LEES), 100.0,
                sink.lossPerS(), cue);
        EvacuationRoutes none = (place, mode) -> null;
        return new Population(r, parameters, new TestStreams(11), none, events);
    }

    private static int sealedCount(Residents r) {
        int sealed = 0;
        for (int i = 0; i < r.count(); i++) {
            sealed += r.has(i, Residents.SEALED) ? 1 : 0;
        }
        return sealed;
    }

    /**
     * Outdoors 5 ppm from T0 into tight houses (λ = 0.5 /h, k = 2.8 /h): C_in = 5·(0.5/3.3)·(1 − e^(−3.3t/h)) =
     * 0.758·(1 − e^(−3.3t/h)) ppm passes 0.2 ppm at t = −ln(1 − 0.264)/3.3 h = 5.6 min, so after the exposure
     * phase of minute 6 (0.213 ppm; minute 5: 0.182 ppm). The warning phase of minute 7 smells it; those who act
     * (half) have closed up 5 min later, at minute 12, with no official warning.
     */
    @Test
    void residentsWhoSmellTheGasIndoorsCloseUpWithoutAWarning() {
        Residents r = Fixtures.town(AGENTS, 500, Fixtures.ALL_INDOORS, 3);
        PopulationTest.EventLog events = new PopulationTest.EventLog();
        Population population = town(r, IndoorSinks.bundled().require("chlorine"), events);
        ConcentrationAt outdoor = Fixtures.uniform(Fixtures.chlorinePpm(5.0));
        for (int k = 1; k <= 15; k++) {
            double t = k * STEP;
            population.warn(t);
            population.behave(t);
            population.move(t);
            population.expose(t, STEP, outdoor);
            if (k == 5) {
                assertTrue(r.boxKgPerM3[0] < Fixtures.chlorinePpm(0.2), "not yet smelt at minute 5");
            }
            if (k == 6) {
                assertTrue(r.boxKgPerM3[0] >= Fixtures.chlorinePpm(0.2), "smelt after minute 6");
            }
            if (k < 12) {
                assertEquals(0, sealedCount(r), "minute " + k);
            }
        }
        int sealed = sealedCount(r);
        assertEquals(0.5, sealed / (double) AGENTS, 0.03, "share who closed up");
        for (int i = 0; i < r.count(); i++) {
            assertTrue(r.has(i, Residents.SMELT_GAS));
            boolean closed = r.has(i, Residents.SEALED);
            assertEquals(closed, r.decision[i] == Decision.SHELTER.code(), "resident " + i);
            assertEquals(closed ? 720f : Float.NaN, r.warnedS[i], "resident " + i);
        }
        assertEquals(List.of("self-warned 720.0 0"), events.lines);
    }

    /** Below the odour threshold, or for an odourless gas, nobody acts. */
    @Test
    void nobodyActsWithoutSmellingIt() {
        IndoorSink chlorine = IndoorSinks.bundled().require("chlorine");
        IndoorSink odourless = new IndoorSink("chlorine", chlorine.lossPerS(), Double.POSITIVE_INFINITY,
                chlorine.response());
        for (double[] outdoorPpm : new double[][] {{1.0, 0.0}, {5.0, 1.0}}) {
            Residents r = Fixtures.town(500, 500, Fixtures.ALL_INDOORS, 3);
            PopulationTest.EventLog events = new PopulationTest.EventLog();
            // 1 ppm outdoors: C_in → 0.152 ppm < 0.2 ppm, never smelt; 5 ppm with an odourless gas
            Population population = town(r, outdoorPpm[1] == 0.0 ? chlorine : odourless, events);
            for (int k = 1; k <= 240; k++) {
                population.warn(k * STEP);
                population.behave(k * STEP);
                population.expose(k * STEP, STEP, Fixtures.uniform(Fixtures.chlorinePpm(outdoorPpm[0])));
            }
            assertEquals(0, sealedCount(r));
            assertTrue(events.lines.isEmpty(), events.lines.toString());
            assertFalse(r.has(0, Residents.SMELT_GAS));
        }
    }
}
