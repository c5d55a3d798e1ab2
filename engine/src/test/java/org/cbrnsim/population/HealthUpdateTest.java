package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cbrnsim.hazard.effects.AeglTier;
import org.cbrnsim.hazard.effects.Lethality;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AEGL tiers, injury bands and death by probit threshold, on chlorine (dispersion.md §5.1–5.2). */
class HealthUpdateTest {

    private static final double STEP = 60.0;

    /** {@code agents} outdoor residents breathing {@code ppm} for {@code minutes}, health updated every step. */
    private static Residents exposed(int agents, double ppm, int minutes, ProbitFunction probit, long seed) {
        Residents r = Fixtures.town(agents, 0, Fixtures.ALL_OUTDOORS, seed);
        OutdoorGrid grid = new OutdoorGrid(100, r);
        HealthParameters chlorine = Fixtures.chlorine(probit);
        Exposure exposure = new Exposure(new IndoorAir(AirExchangeRates.defaults()), chlorine);
        HealthUpdate health = new HealthUpdate(chlorine, r, new TestStreams(seed).stream(PopulationRandom.HEALTH));
        for (int k = 1; k <= minutes; k++) {
            grid.sample(Fixtures.uniform(Fixtures.chlorinePpm(ppm)));
            exposure.step(r, grid, k * STEP, STEP);
            health.step(r, k * STEP, new FirstTimes(3), new FirstTimes(4), new StepTally(1));
        }
        return r;
    }

    private static int count(Residents r, HealthState state) {
        int n = 0;
        for (int i = 0; i < r.count(); i++) {
            n += r.health[i] == state.code() ? 1 : 0;
        }
        return n;
    }

    /**
     * Withers &amp; Lees (1985) LC50s for the regular population, which the Lees probit reproduces
     * (dispersion.md §5.2 [V]): 250 ppm for 30 min and 433 ppm for 10 min kill half of those exposed.
     */
    @ParameterizedTest(name = "{0} ppm for {1} min")
    @CsvSource({"250, 30", "433, 10"})
    void halfDieAtTheWithersLeesLc50(double ppm, int minutes) {
        int n = 20_000;
        Residents r = exposed(n, ppm, minutes, Fixtures.LEES, 31);
        assertEquals(0.5, count(r, HealthState.DEAD) / (double) n, 5 * Math.sqrt(0.25 / n));
    }

    /**
     * The severe-injury threshold is the 1 %-lethality load (HSE SLOT): for both chlorine probits it
     * is a 30-min exposure of about 71 ppm, the LC01 of dispersion.md §5.2. At 75 ppm for 30 min every
     * survivor is severely injured; at 65 ppm nobody is (they exceed the 30-min AEGL-3, 28 ppm, so are moderate).
     */
    @Test
    void severeInjuryStartsAtTheOnePercentLethalLoad() {
        for (ProbitFunction probit : new ProbitFunction[] {Fixtures.LEES, Fixtures.PURPLE_BOOK}) {
            double slot = HealthUpdate.loadAtLethality(probit, HealthUpdate.SLOT_LETHALITY);
            double unit = Fixtures.chlorine(probit).probitUnitPerKgPerM3();
            double ppmAt30Min = Math.pow(slot / 30, 1 / probit.n()) / unit / Fixtures.chlorinePpm(1);
            assertEquals(71, ppmAt30Min, 0.5, probit.setName());
            assertEquals(0.01, Lethality.probabilityOfDeath(probit.probit(slot)), 1e-9);
        }
        Residents above = exposed(2000, 75, 30, Fixtures.LEES, 32);
        assertEquals(above.count(), count(above, HealthState.SEVERE) + count(above, HealthState.DEAD));
        assertTrue(count(above, HealthState.DEAD) > 0);
        Residents below = exposed(2000, 65, 30, Fixtures.LEES, 33);
        assertEquals(0, count(below, HealthState.SEVERE));
        assertEquals(below.count(), count(below, HealthState.MODERATE) + count(below, HealthState.DEAD));
    }

    /**
     * Constant exposures from T0: the tier is the one AeglTier gives for the concentration and the
     * duration (chlorine AEGLs, dispersion.md §5.1), and the injury follows it (AEGL-2 light, AEGL-3 moderate).
     */
    @ParameterizedTest(name = "chlorine {0} ppm for {1} min")
    @CsvSource({"25, 60, 3", "15, 60, 2", "25, 20, 2", "40, 5, 2", "0.6, 480, 1", "0.4, 30, 0", "1.5, 120, 2",
            "1.5, 30, 1", "12, 300, 3"})
    void tiersFollowTheDurationSpecificLevels(double ppm, int minutes, int expectedTier) {
        Residents r = exposed(1, ppm, minutes, null, 34);
        assertEquals(expectedTier, AeglTier.highestTierExceeded(Fixtures.CHLORINE, Fixtures.chlorinePpm(ppm),
                minutes * 60.0, Fixtures.K_25C, Fixtures.ATM));
        assertEquals(expectedTier, r.aeglTier[0]);
        HealthState injury = expectedTier == 3 ? HealthState.MODERATE
                : expectedTier == 2 ? HealthState.LIGHT : HealthState.NO_INJURY;
        assertEquals(injury.code(), r.health[0]);
    }

    /**
     * Each resident dies when Φ(Y − 5) ≥ their uniform threshold: over residents with a spread of
     * loads the number of deaths matches Σ Φ(Y(Dᵢ) − 5), and nobody comes back to life.
     */
    @Test
    void deathsMatchTheProbitAndNeverUnhappen() {
        int n = 50_000;
        Residents r = Fixtures.town(n, 0, Fixtures.ALL_OUTDOORS, 35);
        HealthUpdate health = new HealthUpdate(Fixtures.chlorine(Fixtures.LEES), r, new TestStreams(35).stream("health"));
        double expected = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            double ppm = 100 + 300.0 * i / n;
            r.toxicLoad[i] = (float) (ppm * ppm * 30);
            double p = Lethality.probabilityOfDeath(Fixtures.LEES.probit(r.toxicLoad[i]));
            expected += p;
            variance += p * (1 - p);
        }
        StepTally deaths = new StepTally(1);
        health.step(r, 1800, new FirstTimes(3), new FirstTimes(4), deaths);
        int dead = count(r, HealthState.DEAD);
        assertEquals(expected, dead, 5 * Math.sqrt(variance));
        int[] reported = {0};
        deaths.flush((place, k) -> reported[0] += k);
        assertEquals(dead, reported[0]);

        java.util.Arrays.fill(r.toxicLoad, 1f);
        health.step(r, 1860, new FirstTimes(3), new FirstTimes(4), deaths);
        assertEquals(dead, count(r, HealthState.DEAD));
    }

    /** Without a probit nobody dies or is severely injured, however large the exposure. */
    @Test
    void noProbitNoDeaths() {
        Residents r = exposed(100, 1000, 30, null, 36);
        assertEquals(0, count(r, HealthState.DEAD) + count(r, HealthState.SEVERE));
        assertEquals(100, count(r, HealthState.MODERATE));
    }
}
