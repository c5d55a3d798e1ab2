package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.cbrnsim.hazard.effects.AeglTier;
import org.cbrnsim.hazard.effects.Lethality;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AEGL tiers, outcome tiers and death by probit threshold, on chlorine (dispersion.md §5.1–5.2, health-effects.yaml). */
class HealthUpdateTest {

    private static final double STEP = 60.0;

    private static HealthUpdate health(HealthParameters parameters, Residents r, long seed, long careSeed) {
        return new HealthUpdate(parameters, r, new TestStreams(seed).stream(PopulationRandom.HEALTH),
                new TestStreams(careSeed).stream(PopulationRandom.CARE));
    }

    /** {@code agents} outdoor residents breathing {@code ppm} for {@code minutes}, health updated every step. */
    private static Residents exposed(int agents, double ppm, int minutes, ProbitFunction probit, long seed) {
        Residents r = Fixtures.town(agents, 0, Fixtures.ALL_OUTDOORS, seed);
        OutdoorGrid grid = new OutdoorGrid(100, r);
        HealthParameters chlorine = Fixtures.chlorine(probit);
        Exposure exposure = new Exposure(new IndoorAir(AirExchangeRates.defaults()), chlorine);
        HealthUpdate health = health(chlorine, r, seed, seed);
        for (int k = 1; k <= minutes; k++) {
            grid.sample(Fixtures.uniform(Fixtures.chlorinePpm(ppm)));
            exposure.step(r, grid, k * STEP, STEP);
            health.step(r, k * STEP, new FirstTimes(3), new FirstTimes(4), new StepTally(1), InjuryListener.NONE);
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

    private static int atLeast(Residents r, HealthState state) {
        int n = 0;
        for (int i = 0; i < r.count(); i++) {
            n += r.health[i] >= state.code() ? 1 : 0;
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
     * The published effect levels of health-effects.yaml are the medians of their tiers: at 10 ppm for 30 min
     * (moderate respiratory irritation, 5–15 ppm) half seek care or worse; at 30 ppm (chest pain, dyspnoea) half
     * are admitted or worse; at 50 ppm (serious damage, 40–60 ppm) half need intensive care or die.
     */
    @ParameterizedTest(name = "{1} at {0} ppm for 30 min")
    @CsvSource({"10, SOUGHT_CARE", "30, ADMITTED", "50, ICU"})
    void halfReachTheTierAtItsPublishedLevel(double ppm, HealthState tier) {
        int n = 20_000;
        Residents r = exposed(n, ppm, 30, Fixtures.LEES, 37);
        assertEquals(0.5, atLeast(r, tier) / (double) n, 5 * Math.sqrt(0.25 / n), tier.name());
    }

    /**
     * Constant exposures from T0: the tier is the one AeglTier gives for the concentration and the
     * duration (chlorine AEGLs, dispersion.md §5.1); without a probit no toxic load and no chlorine outcome.
     */
    @ParameterizedTest(name = "chlorine {0} ppm for {1} min")
    @CsvSource({"25, 60, 3", "15, 60, 2", "25, 20, 2", "40, 5, 2", "0.6, 480, 1", "0.4, 30, 0", "1.5, 120, 2",
            "1.5, 30, 1", "12, 300, 3"})
    void tiersFollowTheDurationSpecificLevels(double ppm, int minutes, int expectedTier) {
        Residents r = exposed(1, ppm, minutes, null, 34);
        assertEquals(expectedTier, AeglTier.highestTierExceeded(Fixtures.CHLORINE, Fixtures.chlorinePpm(ppm),
                minutes * 60.0, Fixtures.K_25C, Fixtures.ATM));
        assertEquals(expectedTier, r.aeglTier[0]);
        assertEquals(HealthState.NONE.code(), r.health[0]);
    }

    /**
     * Each resident dies when Φ(Y − 5) ≥ their uniform threshold: over residents with a spread of
     * loads the number of deaths matches Σ Φ(Y(Dᵢ) − 5), and nobody comes back to life.
     */
    @Test
    void deathsMatchTheProbitAndNeverUnhappen() {
        int n = 50_000;
        Residents r = Fixtures.town(n, 0, Fixtures.ALL_OUTDOORS, 35);
        HealthUpdate health = health(Fixtures.chlorine(Fixtures.LEES), r, 35, 35);
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
        health.step(r, 1800, new FirstTimes(3), new FirstTimes(4), deaths, InjuryListener.NONE);
        int dead = count(r, HealthState.DEAD);
        assertEquals(expected, dead, 5 * Math.sqrt(variance));
        int[] reported = {0};
        deaths.flush((place, k) -> reported[0] += k);
        assertEquals(dead, reported[0]);

        byte[] before = r.health.clone();
        Arrays.fill(r.toxicLoad, 1f);
        health.step(r, 1860, new FirstTimes(3), new FirstTimes(4), deaths, InjuryListener.NONE);
        assertTrue(Arrays.equals(before, r.health), "outcomes never improve");
    }

    /**
     * The injury listener hears every rise of an outcome once, in resident order, with the state before and after,
     * and the worried-well companions it hears of add up to the worried-well count.
     */
    @Test
    void theInjuryListenerHearsEveryRiseOnce() {
        int n = 5_000;
        Residents r = Fixtures.town(n, 0, Fixtures.ALL_OUTDOORS, 36);
        HealthUpdate health = health(Fixtures.chlorine(Fixtures.LEES), r, 36, 36);
        for (int i = 0; i < n; i++) {
            double ppm = 5 + 300.0 * i / n;
            r.toxicLoad[i] = (float) (ppm * ppm * 30);
        }
        java.util.List<int[]> heard = new java.util.ArrayList<>();
        long[] companions = {0};
        InjuryListener listener = (tS, resident, before, now, worriedWell) -> {
            assertEquals(1800, tS);
            assertEquals(HealthState.NONE, before);
            assertEquals(HealthState.of(r.health[resident]), now);
            heard.add(new int[] {resident});
            companions[0] += worriedWell;
        };
        health.step(r, 1800, new FirstTimes(3), new FirstTimes(4), new StepTally(1), listener);
        int injured = n - count(r, HealthState.NONE);
        assertTrue(injured > 100, "the loads hurt many: " + injured);
        assertEquals(injured, heard.size());
        for (int k = 1; k < heard.size(); k++) {
            assertTrue(heard.get(k)[0] > heard.get(k - 1)[0], "resident order");
        }
        assertEquals(Arrays.stream(health.worriedWell()).sum(), companions[0]);
        heard.clear();
        health.step(r, 1860, new FirstTimes(3), new FirstTimes(4), new StepTally(1), listener);
        assertEquals(0, heard.size(), "nothing rose again");
    }

    /**
     * Every resident who first needs care brings a worried-well attendee with probability s/(1 − s), s = 0.362
     * (Kim et al. 2014, of all attendees): about 0.567 per care-seeker. The draw comes from stream "population.care" alone: another
     * care seed changes the worried well, never who is hurt.
     */
    @Test
    void worriedWellComeFromTheirOwnStream() {
        int n = 20_000;
        Residents a = Fixtures.town(n, 0, Fixtures.ALL_OUTDOORS, 38);
        Residents b = Fixtures.town(n, 0, Fixtures.ALL_OUTDOORS, 38);
        HealthUpdate first = health(Fixtures.chlorine(Fixtures.LEES), a, 38, 1);
        HealthUpdate second = health(Fixtures.chlorine(Fixtures.LEES), b, 38, 2);
        float soughtCareOnly = 10f * 10f * 30f * 1.5f;
        Arrays.fill(a.toxicLoad, soughtCareOnly);
        Arrays.fill(b.toxicLoad, soughtCareOnly);
        first.step(a, 60, new FirstTimes(3), new FirstTimes(4), new StepTally(1), InjuryListener.NONE);
        second.step(b, 60, new FirstTimes(3), new FirstTimes(4), new StepTally(1), InjuryListener.NONE);
        assertTrue(Arrays.equals(a.health, b.health));
        int seekers = atLeast(a, HealthState.SOUGHT_CARE) - count(a, HealthState.DEAD);
        double p = 0.362 / (1 - 0.362);
        assertEquals(p * seekers, first.worriedWell()[0], 5 * Math.sqrt(seekers * p * (1 - p)));
        assertNotEquals(first.worriedWell()[0], second.worriedWell()[0]);
        long drawn = first.worriedWell()[0];
        for (int i = 0; i < n; i++) {
            a.toxicLoad[i] = a.health[i] > 0 ? 1e6f : a.toxicLoad[i];
        }
        first.step(a, 120, new FirstTimes(3), new FirstTimes(4), new StepTally(1), InjuryListener.NONE);
        assertTrue(count(a, HealthState.SOUGHT_CARE) < count(b, HealthState.SOUGHT_CARE), "some went on to be admitted");
        assertEquals(drawn, first.worriedWell()[0], "no second draw for the same person, and none taken back");
    }
}
