package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The lanes of the timeline, top to bottom, and the event types (events.csv) each one shows. */
enum EventLane {
    RELEASE("Release", List.of("release_started", "release_ended")),
    WEATHER("Weather", List.of("wind_changed")),
    CLOUD("Cloud", List.of("threshold_first_exceeded", "border_crossed_by_cloud")),
    WARNING("Warning", List.of("warning_issued", "first_warned", "shelter_ordered")),
    EVACUATION("Evacuation", List.of("evacuation_started")),
    RESPONSE("Response", List.of("first_call", "unit_on_scene", "cordon_set", "decon_opened")),
    CASUALTIES("Casualties", List.of("first_death", "died_before_care", "patient_admitted"));

    private final String label;
    private final List<String> types;

    EventLane(String label, List<String> types) {
        this.label = label;
        this.types = types;
    }

    /** The lanes of a run's timeline, top to bottom: all, but the response's only when the scenario has responders. */
    static List<EventLane> of(RunRecord run) {
        boolean responders = !run.scenario().response().isEmpty();
        return Arrays.stream(values()).filter(lane -> lane != RESPONSE || responders).toList();
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
