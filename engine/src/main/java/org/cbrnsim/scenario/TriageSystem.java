package org.cbrnsim.scenario;

/** The mass-casualty triage system responders use (exercise-and-response.md §4.3). */
public enum TriageSystem {
    /** Simple Triage and Rapid Treatment: immediate, delayed, minor, deceased. */
    START,
    /** Sort, Assess, Lifesaving interventions, Treatment/Transport: adds expectant. */
    SALT;

    /** The spelling in a scenario file, e.g. "salt". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
