package org.cbrnsim.scenario;

/** What an agency does, the scenario format's {@code agencies[].kind} values (exercise-and-response.md §4). */
public enum AgencyKind {
    FIRE, HAZMAT, EMS, POLICE, CIVIL_PROTECTION, MILITARY;

    /** The spelling in a scenario file, e.g. "civil-protection". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
