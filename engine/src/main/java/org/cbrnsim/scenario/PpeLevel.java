package org.cbrnsim.scenario;

/**
 * The personal protective equipment a unit's crew wears on scene (US EPA levels A–C; "structural": firefighter
 * turnout gear with a self-contained breathing apparatus; "none": a uniform). Its respiratory protection and
 * air-supply work time are parameters of the response model, not of this enum.
 */
public enum PpeLevel {
    A, B, C, STRUCTURAL, NONE;

    /** The spelling in a scenario file, e.g. "structural". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
