package org.cbrnsim.population;

import java.util.random.RandomGenerator;

import org.cbrnsim.hazard.substance.ProbitFunction;

/**
 * Health after each step, never improving during a run:
 * <ul>
 * <li><b>AEGL tier</b>: a resident exceeds tier k when the concentration breathed, averaged over
 *     the exposure so far (∫C dt / (t − start), the clock started by {@link Exposure}), exceeds the
 *     tier-k level for that exposure duration (AEGL duration-specific levels, NRC; the next longer
 *     tabulated duration, as {@link org.cbrnsim.hazard.effects.AeglTier}).</li>
 * <li><b>Death</b> by the probit P = Φ(Y − 5), Y = a + b·ln(D) (Finney 1971; TNO Purple Book CPR
 *     18E §5.2): each resident draws a uniform u once (stream "health") and dies when Φ(Y − 5) ≥ u.
 *     Φ and ln are monotone, so this is D ≥ D*(u) = exp((5 + Φ⁻¹(u) − a)/b), a load threshold computed
 *     once per resident; a death never un-happens and the expected number of deaths among residents with
 *     load D is exactly Φ(Y(D) − 5) times their number.</li>
 * <li><b>Sought care, admitted, intensive care</b>: the tiers of {@link OutcomeLadder}, reached with the
 *     same tolerance u, so the worst state is always the one recorded.</li>
 * <li><b>Worried well</b>: a resident who first needs care (sought care, admitted or intensive care, alive)
 *     brings, with probability s / (1 − s), one more attendee without symptoms, s the share of attendees without
 *     symptoms ({@code health-effects.yaml}; Kim et al. 2014). The draw is made from the stream
 *     "population.care", one uniform per such resident in resident order; the attendee is counted in the
 *     resident's country under "sought care" and stays counted (a visit does not un-happen).</li>
 * </ul>
 * A resident whose load and ∫C dt are the same as at their last update and whose exposure has not entered a
 * longer duration bin since is skipped: their outcome cannot change (the load is the same and, with the same
 * ∫C dt, the time average only falls while the bin's levels stay the same).
 */
public final class HealthUpdate {

    private final AeglLevels levels;
    private final OutcomeLadder ladder;
    private final float[] lethalLoad;
    private final RandomGenerator careStream;
    private final double companionProbability;
    private final long[] worriedWell;
    /** Each resident's load, ∫C dt and duration bin at their last update (the bin only once the clock runs). */
    private final float[] loadSeen;
    private final float[] doseSeen;
    private final byte[] binSeen;

    /**
     * Health for {@code residents} and the chemical of {@code health}; draws every resident's tolerance
     * from {@code healthStream} now, one uniform each in resident order, and the worried well from
     * {@code careStream} as residents first seek care.
     */
    public HealthUpdate(HealthParameters health, Residents residents, RandomGenerator healthStream,
                        RandomGenerator careStream) {
        levels = new AeglLevels(health);
        ladder = new OutcomeLadder(health);
        lethalLoad = new float[residents.count()];
        ProbitFunction probit = health.probit().orElse(null);
        for (int i = 0; i < residents.count(); i++) {
            double u = healthStream.nextDouble();
            lethalLoad[i] = probit == null ? Float.POSITIVE_INFINITY : (float) OutcomeLadder.loadAtLethality(probit, u);
        }
        this.careStream = careStream;
        this.companionProbability = health.worriedWellShare() / (1 - health.worriedWellShare());
        this.worriedWell = new long[residents.countryCount()];
        this.loadSeen = new float[residents.count()];
        this.doseSeen = new float[residents.count()];
        this.binSeen = new byte[residents.count()];
    }

    /** Worried-well attendees so far, per country index (live array; read, do not write); they never leave the count. */
    long[] worriedWell() {
        return worriedWell;
    }

    /** Updates tiers and outcomes at {@code tS}, noting milestones and deaths per place. */
    void step(Residents r, double tS, FirstTimes tierFirsts, FirstTimes outcomeFirsts, StepTally deaths,
              InjuryListener injuries) {
        byte none = HealthState.NONE.code();
        for (int i = 0; i < r.count(); i++) {
            float load = r.toxicLoad[i];
            float dose = r.doseKgSPerM3[i];
            if ((load == 0f && dose == 0f) || r.isDead(i)) {
                continue;
            }
            double exposureS = tS - r.exposureStartS[i];
            int bin = dose > 0f ? AeglLevels.bin(exposureS) : 0;
            if (load == loadSeen[i] && dose == doseSeen[i] && bin == binSeen[i]) {
                continue;
            }
            loadSeen[i] = load;
            doseSeen[i] = dose;
            binSeen[i] = (byte) bin;
            int country = r.countryOf(i);
            int tier = r.aeglTier[i];
            if (dose > 0f && tier < 3) { // AEGL-3 is the top tier: nothing more to reach
                int reached = levels.tierExceeded(dose / exposureS, bin);
                for (int k = tier + 1; k <= reached; k++) {
                    tierFirsts.note(3 * country + k - 1, tS);
                }
                tier = Math.max(tier, reached);
                r.aeglTier[i] = (byte) tier;
            }
            HealthState outcome;
            if (load > 0f && load >= lethalLoad[i]) {
                outcome = HealthState.DEAD;
                deaths.add(r.homePlace[i]);
            } else {
                outcome = ladder.tierReached(load, lethalLoad[i], tier);
            }
            byte before = r.health[i];
            if (outcome.code() > before) {
                r.health[i] = outcome.code();
                outcomeFirsts.note(4 * country + outcome.ordinal() - 1, tS);
                int companions = 0;
                if (before == none && outcome != HealthState.DEAD && careStream.nextDouble() < companionProbability) {
                    worriedWell[country]++;
                    companions = 1;
                }
                injuries.injured(tS, i, HealthState.of(before), outcome, companions);
            }
        }
    }
}
