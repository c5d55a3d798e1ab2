package org.cbrnsim.hazard.substance;

import java.util.Objects;

/**
 * Where one health-outcome tier (sought care, admitted, intensive care) sits on a substance's
 * dose–response, as written in {@code health-effects.yaml}. Each kind names the published effect it rests
 * on and its source.
 */
public sealed interface OutcomeAnchor {

    /**
     * The median of the tier: half the people exposed to {@code concentration} for {@code minutes} reach it
     * (the dose–response around it is parallel to the lethality probit; see {@code health-effects.yaml}).
     */
    record ConstantExposure(double concentration, ConcentrationUnit unit, double minutes, String effect, String source)
            implements OutcomeAnchor {

        /** Requires a concentration and a duration > 0, a unit, an effect and a source. */
        public ConstantExposure {
            if (!(concentration > 0 && Double.isFinite(concentration) && minutes > 0 && Double.isFinite(minutes))) {
                throw new IllegalArgumentException("concentration and minutes must be > 0, got " + concentration
                        + " for " + minutes + " min");
            }
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The median of the tier is the toxic load of lethality {@code lethality} of the lethality probit (0.01: HSE SLOT). */
    record AtLethality(double lethality, String effect, String source) implements OutcomeAnchor {

        /** Requires 0 < lethality < 0.5, an effect and a source. */
        public AtLethality {
            if (!(lethality > 0 && lethality < 0.5)) {
                throw new IllegalArgumentException("lethality must lie in (0, 0.5), got " + lethality);
            }
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Reached when the exposure exceeds guideline tier {@code tier} (2 or 3); for substances without a probit. */
    record AeglTierExceeded(int tier, String effect, String source) implements OutcomeAnchor {

        /** Requires tier 1–3, an effect and a source. */
        public AeglTierExceeded {
            if (tier < 1 || tier > 3) {
                throw new IllegalArgumentException("tier must be 1, 2 or 3, got " + tier);
            }
            Objects.requireNonNull(effect, "effect");
            Objects.requireNonNull(source, "source");
        }
    }

    /** The tier is not modelled for the substance, for the reason given. */
    record NotModelled(String why) implements OutcomeAnchor {

        /** Requires a reason. */
        public NotModelled {
            Objects.requireNonNull(why, "why");
        }
    }
}
