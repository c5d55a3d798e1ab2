package org.cbrnsim.scenario;

import java.util.Objects;
import java.util.Optional;
import org.cbrnsim.hazard.substance.HealthEffectsLibrary;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;

/**
 * {@code population.health}: which lethality probit set to use. Left out, the substance's choice in
 * {@code health-effects.yaml} applies (its {@code lethality.set}, with the reason written there).
 *
 * @param probit the probit set named in the scenario; empty for the substance's default
 */
public record HealthSpec(Optional<String> probit) {

    /** The word for "no probit" in the scenario and the resolved scenario. */
    public static final String NONE = "none";

    /** Requires an option. */
    public HealthSpec {
        Objects.requireNonNull(probit, "probit");
    }

    /** The default: the substance's own choice (resolved by {@link #resolvedFor} once the substance is known). */
    public static HealthSpec defaults() {
        return new HealthSpec(Optional.empty());
    }

    /** This spec with the set filled in for {@code substance} when left out (nothing for a substance without probits). */
    public HealthSpec resolvedFor(Substance substance) {
        return probit.isPresent() ? this
                : new HealthSpec(HealthEffectsLibrary.bundled().require(substance).lethalitySet());
    }

    /** The lethality probit used for {@code substance}: the scenario's set, else the one of health-effects.yaml. */
    public Optional<ProbitFunction> probitFor(Substance substance) {
        String set = setFor(substance);
        return substance.probits().stream().filter(p -> p.setName().equals(set)).findFirst();
    }

    /** The name of the set used for {@code substance}, or {@link #NONE}. */
    public String setFor(Substance substance) {
        return probit.orElseGet(() -> HealthEffectsLibrary.bundled().require(substance).lethalitySet().orElse(NONE));
    }

    /** Why that set is used: the reason given in health-effects.yaml for its own choice, else "chosen in the scenario". */
    public String reasonFor(Substance substance) {
        var effects = HealthEffectsLibrary.bundled().require(substance);
        return effects.lethalitySet().orElse(NONE).equals(setFor(substance)) ? effects.why()
                : "chosen in the scenario (population.health.probit) instead of " + effects.lethalitySet().orElse(NONE);
    }
}
