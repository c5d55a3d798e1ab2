package org.cbrnsim.record;

/**
 * How an exercise objective came out in a run.
 *
 * @param id     the objective's id in the scenario
 * @param text   its wording
 * @param met    whether it was met
 * @param value  the measured value (units as in the target); NaN when not measured (written as null)
 * @param target the target as written in the scenario, e.g. "warning ≤ 20 min"
 */
public record ObjectiveOutcome(String id, String text, boolean met, double value, String target) {

    public ObjectiveOutcome {
        if (id == null || id.isBlank() || text == null || target == null) {
            throw new IllegalArgumentException("an objective outcome needs an id, a text and a target, got id "
                    + id + ", text " + text + ", target " + target);
        }
    }
}
