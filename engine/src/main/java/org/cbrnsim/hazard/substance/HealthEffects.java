package org.cbrnsim.hazard.substance;

import java.util.Objects;
import java.util.Optional;

/**
 * A substance's health-outcome data from {@code health-effects.yaml}: the lethality probit set chosen for
 * it and why, and the anchors of the three non-fatal tiers counted in a run (sought care, admitted,
 * intensive care).
 *
 * @param substanceId  the id in substances.yaml
 * @param lethalitySet the name of the chosen probit set of the substance; empty when it has none
 * @param why          why that set (or none) is used
 * @param soughtCare   the tier of people who seek care with symptoms
 * @param admitted     the tier of people admitted to hospital
 * @param icu          the tier of people needing intensive care
 */
public record HealthEffects(String substanceId, Optional<String> lethalitySet, String why, OutcomeAnchor soughtCare,
                            OutcomeAnchor admitted, OutcomeAnchor icu) {

    /** Requires every part. */
    public HealthEffects {
        Objects.requireNonNull(substanceId, "substanceId");
        Objects.requireNonNull(lethalitySet, "lethalitySet");
        Objects.requireNonNull(why, "why");
        Objects.requireNonNull(soughtCare, "soughtCare");
        Objects.requireNonNull(admitted, "admitted");
        Objects.requireNonNull(icu, "icu");
    }

    /** The probit of {@code substance} named by {@link #lethalitySet}, if any. */
    public Optional<ProbitFunction> lethalityProbit(Substance substance) {
        return lethalitySet.flatMap(set -> substance.probits().stream().filter(p -> p.setName().equals(set)).findFirst());
    }
}
