package org.cbrnsim.population;

/** The warning channels of the scenario's {@code population.warning.channels} (exercise-and-response.md §4.6). */
public enum ChannelKind {
    SIREN("siren"),
    CELL_BROADCAST("cell-broadcast"),
    DOOR_TO_DOOR("door-to-door"),
    MEDIA("media");

    private final String id;

    ChannelKind(String id) {
        this.id = id;
    }

    /** The name used in the scenario file, e.g. "cell-broadcast". */
    public String id() {
        return id;
    }

    /** The name of this channel's random stream: {@code "warning." + id}. */
    public String streamName() {
        return PopulationRandom.WARNING + "." + id;
    }
}
