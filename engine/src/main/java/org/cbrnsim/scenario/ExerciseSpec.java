package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The exercise the scenario is played in. Format 1 holds only the name, the type and the objectives'
 * text; a later format scores the objectives.
 *
 * @param name       the exercise's name
 * @param type       tabletop, functional or full-scale
 * @param objectives what the exercise is meant to test, ids unique
 */
public record ExerciseSpec(String name, ExerciseType type, List<Objective> objectives) {

    /** @throws IllegalArgumentException for an objective id given twice */
    public ExerciseSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        objectives = List.copyOf(objectives);
        Check.unique("objective id", objectives, Objective::id);
    }

    /**
     * One objective of the exercise.
     *
     * @param id   unique, lower-case letters, digits and hyphens
     * @param text what is to be achieved
     */
    public record Objective(String id, String text) {

        /** @throws IllegalArgumentException for a malformed id */
        public Objective {
            Ids.requireId("objective id", id);
            Objects.requireNonNull(text, "text");
        }
    }
}
