package org.cbrnsim.scenario;

/** The kind of exercise the scenario is played in (HSEEP terms, exercise-and-response.md §2.1). */
public enum ExerciseType {
    TABLETOP, FUNCTIONAL, FULL_SCALE;

    /** The spelling in a scenario file, e.g. "full-scale". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
