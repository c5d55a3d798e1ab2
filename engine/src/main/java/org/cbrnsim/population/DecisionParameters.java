package org.cbrnsim.population;

/**
 * The protective decision of a warned resident (exercise-and-response.md §4.6: Bernoulli
 * compliance, lognormal preparation; the scenario's {@code population.decision} and
 * {@code population.evacuation.walking_share}).
 *
 * @param shelterProbability    P(shelter and seal)
 * @param evacuateProbability   P(evacuate); shelter + evacuate ≤ 1, the rest do nothing
 * @param preparationMedianS    median of the lognormal preparation time before an evacuee leaves (s, &gt; 0)
 * @param preparationSigma      σ of ln(preparation time) (≥ 0)
 * @param walkingShare          share of evacuees on foot; the others drive
 * @param ventilateBelowKgPerM3 a sealed shelterer airs the building out once the outdoor concentration is below
 *                              both the indoor one and this level (kg/m³, &gt; 0; +∞: as soon as it is below the
 *                              indoor one), and seals again if it rises to this level
 */
public record DecisionParameters(double shelterProbability, double evacuateProbability, double preparationMedianS,
                                 double preparationSigma, double walkingShare, double ventilateBelowKgPerM3) {

    /** Requires probabilities in [0, 1] with shelter + evacuate ≤ 1, a positive median, σ ≥ 0 and a positive level. */
    public DecisionParameters {
        requireProbability("shelter", shelterProbability);
        requireProbability("evacuate", evacuateProbability);
        requireProbability("walking share", walkingShare);
        if (shelterProbability + evacuateProbability > 1.0 + 1e-12) {
            throw new IllegalArgumentException("shelter + evacuate probabilities must be <= 1, got "
                    + (shelterProbability + evacuateProbability));
        }
        if (!(preparationMedianS > 0 && Double.isFinite(preparationMedianS) && preparationSigma >= 0
                && Double.isFinite(preparationSigma))) {
            throw new IllegalArgumentException("preparation needs median > 0 s and sigma >= 0, got median "
                    + preparationMedianS + " s, sigma " + preparationSigma);
        }
        if (!(ventilateBelowKgPerM3 > 0)) {
            throw new IllegalArgumentException("ventilation level must be > 0 kg/m³, got " + ventilateBelowKgPerM3);
        }
    }

    private static void requireProbability(String what, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(what + " probability must lie in [0, 1], got " + p);
        }
    }
}
