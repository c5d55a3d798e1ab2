package org.cbrnsim.viz.run;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps only the earliest event of one type for each subject: e.g. out of the {@code evacuation_started}
 * events, which report each step's departures from a place, the one that began the place's evacuation.
 */
public final class FirstPerSubject {

    private FirstPerSubject() {
    }

    /** {@code events} in their order, without the events of {@code type} that have an earlier one of the same subject. */
    public static List<RunEvent> of(List<RunEvent> events, String type) {
        Map<String, RunEvent> earliest = new HashMap<>();
        for (RunEvent event : events) {
            if (event.type().equals(type)) {
                earliest.merge(event.subject(), event, (a, b) -> b.tS() < a.tS() ? b : a);
            }
        }
        return events.stream().filter(e -> !e.type().equals(type) || earliest.get(e.subject()) == e).toList();
    }
}
