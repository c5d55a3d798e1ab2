package org.cbrnsim.scenario;

/**
 * What a warned person does: shelter and seal with probability {@code shelter}, otherwise evacuate with
 * probability {@code evacuate}, otherwise nothing; an evacuee leaves after a lognormal preparation delay
 * (exercise-and-response.md §4.6).
 *
 * @param shelter            P(shelter and seal), 0–1
 * @param evacuate           P(evacuate), 0–1, with shelter + evacuate ≤ 1
 * @param preparationMedianS median of the preparation delay (s, &gt; 0)
 * @param preparationSigma   σ of the delay's logarithm (≥ 0)
 */
public record DecisionSpec(double shelter, double evacuate, double preparationMedianS, double preparationSigma) {

    /** @throws IllegalArgumentException for a probability outside 0–1, probabilities adding up to more than 1, or a bad delay */
    public DecisionSpec {
        Check.fraction("shelter probability", shelter);
        Check.fraction("evacuate probability", evacuate);
        if (shelter + evacuate > 1 + Check.SHARE_SUM_TOLERANCE) {
            throw new IllegalArgumentException("shelter + evacuate must be <= 1, got " + shelter + " + " + evacuate);
        }
        Check.positive("preparation median", preparationMedianS, "s");
        Check.nonNegative("preparation sigma", preparationSigma, "");
    }
}
