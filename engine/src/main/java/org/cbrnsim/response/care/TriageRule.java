package org.cbrnsim.response.care;

import java.util.Objects;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.TriageSystem;

/**
 * The category triage gives (exercise-and-response.md §4.3). START [S116] gives the patient's condition:
 * immediate, delayed, minor, or deceased. SALT [S117] gives the same, except that an immediate patient whose
 * time left before death is shorter than the expected time until treatment with the resources at hand is
 * expectant (grey). Re-triage applies the same rule to the condition at that time.
 *
 * <p>The population model's severity stands in for START's and SALT's bedside criteria (breathing, perfusion,
 * mental status): {@link #initialCategory}.
 */
public final class TriageRule {

    private final TriageSystem system;

    public TriageRule(TriageSystem system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /** Sought care → minor (the worried well too), admitted → delayed, ICU → immediate. */
    public static TriageCategory initialCategory(HealthState severity) {
        return switch (severity) {
            case SOUGHT_CARE -> TriageCategory.MINOR;
            case ADMITTED -> TriageCategory.DELAYED;
            case ICU -> TriageCategory.IMMEDIATE;
            case NONE, DEAD -> throw new IllegalArgumentException("a resident of health state " + severity
                    + " is not a patient (only sought-care, admitted and ICU are)");
        };
    }

    public TriageSystem system() {
        return system;
    }

    /**
     * The category of a patient in {@code condition} (minor, delayed, immediate or deceased).
     *
     * @param timeToDeathS              seconds it has left if untreated ({@link Deterioration#timeToDeathS})
     * @param expectedTimeToTreatmentS  seconds until it would be treated with the resources at hand (used by SALT)
     */
    public TriageCategory category(TriageCategory condition, double timeToDeathS, double expectedTimeToTreatmentS) {
        if (condition == TriageCategory.EXPECTANT) {
            throw new IllegalArgumentException("expectant is a triage category, not a condition");
        }
        boolean beyondReach = timeToDeathS < expectedTimeToTreatmentS;
        if (system == TriageSystem.SALT && condition == TriageCategory.IMMEDIATE && beyondReach) {
            return TriageCategory.EXPECTANT;
        }
        return condition;
    }
}
