package org.cbrnsim.viz.chart;

import java.util.List;
import java.util.Optional;

/** The lanes of the timeline, top to bottom, and the event types (events.csv) each one shows. */
enum EventLane {
    RELEASE("Release", List.of("release_started", "release_ended")),
    WEATHER("Weather", List.of("wind_changed")),
    CLOUD("Cloud", List.of("threshold_first_exceeded", "border_crossed_by_cloud")),
    WARNING("Warning", List.of("warning_issued", "first_warned", "shelter_ordered")),
    EVACUATION("Evacuation", List.of("evacuation_started")),
    CASUALTIES("Casualties", List.of("first_death"));

    private final String label;
    private final List<String> types;

    EventLane(String label, List<String> types) {
        this.label = label;
        this.types = types;
    }

    /** The lane's name on the chart. */
    String label() {
        return label;
    }

    /** The lane of an event type; empty for the types the timeline leaves out (e.g. evacuation_arrived). */
    static Optional<EventLane> of(String type) {
        for (EventLane lane : values()) {
            if (lane.types.contains(type)) {
                return Optional.of(lane);
            }
        }
        return Optional.empty();
    }
}
