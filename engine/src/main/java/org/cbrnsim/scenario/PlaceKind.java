package org.cbrnsim.scenario;

/** What a place is; towns and villages are where residents live. */
public enum PlaceKind {
    TOWN, VILLAGE, HOSPITAL, STATION, CROSSING, PORT, PLANT, OTHER;

    /** True for towns and villages, whose population (residents) the format requires. */
    public boolean isResidential() {
        return this == TOWN || this == VILLAGE;
    }

    /** The spelling in a scenario file, e.g. "town". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
