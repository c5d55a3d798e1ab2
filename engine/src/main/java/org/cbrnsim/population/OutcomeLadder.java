package org.cbrnsim.population;

import java.util.Locale;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.cbrnsim.hazard.substance.OutcomeAnchor;
import org.cbrnsim.hazard.substance.ProbitFunction;

/**
 * The non-fatal outcome tiers of a substance (sought care, admitted, intensive care) as thresholds on a
 * person's toxic load, nested under the lethality probit.
 *
 * <p>Every person has one tolerance z (a standard normal deviate, drawn once) and dies when the probit
 * Y = a + b·ln D reaches 5 + z (Finney 1971; TNO Purple Book CPR 18E §5.2), i.e. at D ≥ D50·e^(z/b) with
 * D50 = e^((5 − a)/b). A tier with median load D50_k is taken to follow a probit parallel to the lethality
 * probit (same n and b: no injury slope is published for our substances, casualty-mechanisms.md §6.4, [A]),
 * so the person reaches it at D ≥ D50_k·e^(z/b) = (their lethal load)·(D50_k / D50): one ratio per tier. With
 * rising medians a person who dies has passed every lower tier. The median of a tier comes from its anchor:
 * a constant exposure C for t minutes gives D50_k = Cⁿ·t (C in the probit's unit; Purple Book §5.2.2), a
 * lethality p gives D50_k = D50·e^(Φ⁻¹(p)/b). Substances without a probit accumulate no toxic load; their
 * tiers are "guideline tier k exceeded" (a load-based tier is never reached when no probit is given).
 */
public final class OutcomeLadder {

    /** Tiers below death, in rising order: sought care, admitted, intensive care. */
    static final HealthState[] TIERS = {HealthState.SOUGHT_CARE, HealthState.ADMITTED, HealthState.ICU};
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0.0, 1.0);
    private static final double PROBIT_OFFSET = 5.0;

    /** Per tier: threshold = lethal load × ratio; +∞ when the tier is not load-based. */
    private final double[] loadRatio = new double[TIERS.length];
    /** Per tier: the guideline tier whose exceedance reaches it; 4 (never) when load-based or not modelled. */
    private final int[] guidelineTier = new int[TIERS.length];

    /** The tiers of {@code health}'s substance under its lethality probit. */
    public OutcomeLadder(HealthParameters health) {
        OutcomeAnchor[] anchors = {health.effects().soughtCare(), health.effects().admitted(), health.effects().icu()};
        double previous = 0;
        for (int k = 0; k < TIERS.length; k++) {
            loadRatio[k] = Double.POSITIVE_INFINITY;
            guidelineTier[k] = 4;
            OutcomeAnchor anchor = anchors[k];
            if (anchor instanceof OutcomeAnchor.AeglTierExceeded t) {
                guidelineTier[k] = t.tier();
            } else if (!(anchor instanceof OutcomeAnchor.NotModelled) && health.probit().isPresent()) {
                ProbitFunction probit = health.probit().get();
                loadRatio[k] = medianLoad(anchor, probit, health) / medianLoad(probit);
                if (!(loadRatio[k] > previous && loadRatio[k] < 1)) {
                    throw new IllegalArgumentException("health-effects.yaml, " + health.substance().id() + ": the median of "
                            + TIERS[k].name().toLowerCase(Locale.ROOT) + " must lie above the lower tiers' and below"
                            + " the LC50 of " + probit.setName() + "; its load is " + loadRatio[k] + " × the LC50 load");
                }
                previous = loadRatio[k];
            }
        }
    }

    /** The toxic load at which half the people die: e^((5 − a)/b), in the probit's units. */
    static double medianLoad(ProbitFunction probit) {
        return Math.exp((PROBIT_OFFSET - probit.a()) / probit.b());
    }

    /** The toxic load whose probit gives lethality {@code p}: e^((5 + Φ⁻¹(p) − a)/b). */
    public static double loadAtLethality(ProbitFunction probit, double p) {
        return medianLoad(probit) * Math.exp(STANDARD_NORMAL.inverseCumulativeProbability(p) / probit.b());
    }

    /** The median toxic load of a tier's anchor in the probit's units. */
    static double medianLoad(OutcomeAnchor anchor, ProbitFunction probit, HealthParameters health) {
        if (anchor instanceof OutcomeAnchor.AtLethality at) {
            return loadAtLethality(probit, at.lethality());
        }
        if (anchor instanceof OutcomeAnchor.ConstantExposure e) {
            double molarMass = health.substance().molarMassKgPerMol();
            double kgPerM3 = e.unit().toKgPerM3(e.concentration(), molarMass, health.temperatureK(), health.pressurePa());
            double c = probit.concentrationUnit().fromKgPerM3(kgPerM3, molarMass, health.temperatureK(), health.pressurePa());
            return probit.toxicLoad(c, e.minutes());
        }
        throw new IllegalArgumentException("not a load-based anchor: " + anchor);
    }

    /**
     * The worst non-fatal tier reached by a person with toxic load {@code load}, lethal load {@code lethalLoad}
     * (their own, e^(z/b)·D50) and highest guideline tier {@code aeglTier}; {@link HealthState#NONE} for none.
     */
    public HealthState tierReached(double load, double lethalLoad, int aeglTier) {
        for (int k = TIERS.length - 1; k >= 0; k--) {
            if ((load > 0 && load >= lethalLoad * loadRatio[k]) || aeglTier >= guidelineTier[k]) {
                return TIERS[k];
            }
        }
        return HealthState.NONE;
    }
}
