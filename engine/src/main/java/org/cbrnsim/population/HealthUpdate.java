package org.cbrnsim.population;

import java.util.random.RandomGenerator;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.cbrnsim.hazard.substance.ProbitFunction;

/**
 * Health after each step, never improving during a run:
 * <ul>
 * <li><b>AEGL tier</b>: a resident exceeds tier k when the concentration breathed, averaged over
 *     the exposure so far (∫C dt / (t − start), the clock started by {@link Exposure}), exceeds the
 *     tier-k level for that exposure duration (AEGL duration-specific levels, NRC; the next longer
 *     tabulated duration, as {@link org.cbrnsim.hazard.effects.AeglTier}).</li>
 * <li><b>Injury</b>, mapped from the published definitions of the levels (our mapping, [A]):
 *     {@link HealthState#LIGHT} once AEGL-2 is exceeded ("irreversible or other serious,
 *     long-lasting adverse health effects or an impaired ability to escape", NRC 2001 AEGL SOP);
 *     {@link HealthState#MODERATE} once AEGL-3 is exceeded ("life-threatening health effects or
 *     death"); {@link HealthState#SEVERE} once the toxic load reaches the load of 1 % lethality of
 *     the probit, the UK HSE SLOT criterion ("some people seriously injured, requiring prolonged
 *     treatment"; SLOT ≈ 1 % fatalities, HSE "Assessment of the Dangerous Toxic Load",
 *     hse.gov.uk/chemicals/haztox.htm).</li>
 * <li><b>Death</b> by the probit P = Φ(Y − 5), Y = a + b·ln(D) (Finney 1971; TNO Purple Book CPR
 *     18E §5.2): each resident draws a uniform threshold u once (stream "health") and dies when
 *     Φ(Y − 5) ≥ u. Φ and ln are monotone, so this is D ≥ D*(u) = exp((5 + Φ⁻¹(u) − a)/b), a load
 *     threshold computed once per resident; a death never un-happens and the expected number of
 *     deaths among residents with load D is exactly Φ(Y(D) − 5) times their number.</li>
 * </ul>
 */
public final class HealthUpdate {

    /** Lethality of the HSE SLOT, the threshold of {@link HealthState#SEVERE}. */
    static final double SLOT_LETHALITY = 0.01;
    private static final double PROBIT_OFFSET = 5.0;
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);

    private final AeglLevels levels;
    private final float[] lethalLoad;
    private final double slotLoad;

    /**
     * Health for {@code residents} and the chemical of {@code health}; draws every resident's
     * threshold from {@code healthStream}, one uniform each in resident order.
     */
    public HealthUpdate(HealthParameters health, Residents residents, RandomGenerator healthStream) {
        levels = new AeglLevels(health);
        lethalLoad = new float[residents.count()];
        ProbitFunction probit = health.probit().orElse(null);
        for (int i = 0; i < residents.count(); i++) {
            double u = healthStream.nextDouble();
            lethalLoad[i] = probit == null ? Float.POSITIVE_INFINITY : (float) loadAtLethality(probit, u);
        }
        slotLoad = probit == null ? Double.POSITIVE_INFINITY : loadAtLethality(probit, SLOT_LETHALITY);
    }

    /** The toxic load whose probit gives lethality {@code p}: exp((5 + Φ⁻¹(p) − a)/b). */
    static double loadAtLethality(ProbitFunction probit, double p) {
        double probitValue = PROBIT_OFFSET + STANDARD_NORMAL.inverseCumulativeProbability(p);
        return Math.exp((probitValue - probit.a()) / probit.b());
    }

    /** The toxic load of the SLOT (1 % lethality) in the probit's units; +∞ without a probit. */
    public double slotLoad() {
        return slotLoad;
    }

    /** Updates tiers, injuries and deaths at {@code tS}, noting milestones and deaths per place. */
    void step(Residents r, double tS, FirstTimes tierFirsts, FirstTimes injuryFirsts, StepTally deaths) {
        for (int i = 0; i < r.count(); i++) {
            float load = r.toxicLoad[i];
            float dose = r.doseKgSPerM3[i];
            if ((load == 0f && dose == 0f) || r.isDead(i)) {
                continue;
            }
            int country = r.countryOf(i);
            int tier = r.aeglTier[i];
            if (dose > 0f) {
                double exposureS = tS - r.exposureStartS[i];
                int reached = levels.tierExceeded(dose / exposureS, AeglLevels.bin(exposureS));
                for (int k = tier + 1; k <= reached; k++) {
                    tierFirsts.note(3 * country + k - 1, tS);
                }
                tier = Math.max(tier, reached);
                r.aeglTier[i] = (byte) tier;
            }
            HealthState severity;
            if (load > 0f && load >= lethalLoad[i]) {
                severity = HealthState.DEAD;
                deaths.add(r.homePlace[i]);
            } else if (load >= slotLoad) {
                severity = HealthState.SEVERE;
            } else if (tier == 3) {
                severity = HealthState.MODERATE;
            } else if (tier == 2) {
                severity = HealthState.LIGHT;
            } else {
                continue;
            }
            if (severity.code() > r.health[i]) {
                r.health[i] = severity.code();
                injuryFirsts.note(4 * country + severity.ordinal() - 1, tS);
            }
        }
    }
}
