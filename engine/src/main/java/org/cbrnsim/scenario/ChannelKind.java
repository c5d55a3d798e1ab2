package org.cbrnsim.scenario;

/** How the authorities' warning reaches people. */
public enum ChannelKind {
    SIREN, CELL_BROADCAST, DOOR_TO_DOOR, MEDIA;

    /** The spelling in a scenario file, e.g. "cell-broadcast". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
