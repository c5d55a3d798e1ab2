package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.viz.run.Milestones;
import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mark on the timeline: one event, or events of one type in one country less than {@value #MERGE_WINDOW_S} s after
 * the first of them, told in one label ("T+01:47 AEGL-1, AEGL-2, AEGL-3 first exceeded in MD").
 *
 * @param tS   time of the first event (s after T0)
 * @param lane its lane
 * @param text the label
 */
record TimelineEntry(double tS, EventLane lane, String text) {

    /** Events of a type in a country this close to the first are told together (s). */
    static final double MERGE_WINDOW_S = 900;

    TimelineEntry {
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The entries of a run's events, in time order; event types without a lane are left out, and so are the events
     * {@link Milestones} thins out (the departures from a place after the first, the responders' arrivals after the
     * first in a country, …).
     */
    static List<TimelineEntry> of(RunRecord run) {
        List<List<RunEvent>> groups = new ArrayList<>();
        for (RunEvent event : Milestones.of(run.events())) {
            if (EventLane.of(event.type()).isEmpty()) {
                continue;
            }
            List<RunEvent> group = groups.stream().filter(g -> joins(g, event)).findFirst().orElse(null);
            if (group == null) {
                groups.add(new ArrayList<>(List.of(event)));
            } else {
                group.add(event);
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (List<RunEvent> group : groups) {
            RunEvent first = group.get(0);
            entries.add(new TimelineEntry(first.tS(), EventLane.of(first.type()).orElseThrow(),
                    ElapsedTimeFormat.text(first.tS()) + " " + text(run, group)));
        }
        entries.sort((a, b) -> Double.compare(a.tS(), b.tS()));
        return entries;
    }

    private static boolean joins(List<RunEvent> group, RunEvent event) {
        RunEvent first = group.get(0);
        return first.type().equals(event.type()) && first.country().equals(event.country())
                && event.tS() - first.tS() < MERGE_WINDOW_S;
    }

    private static String text(RunRecord run, List<RunEvent> group) {
        RunEvent first = group.get(0);
        String where = first.country().isEmpty() ? "" : " (" + first.country() + ")";
        return switch (first.type()) {
            case "release_started" -> "release starts: " + first.detail();
            case "release_ended" -> "release ends: " + first.detail();
            case "wind_changed" -> "wind " + first.detail();
            case "threshold_first_exceeded" -> parts(group, RunEvent::detail) + " first exceeded in " + first.country();
            case "border_crossed_by_cloud" -> "cloud crosses " + first.detail();
            case "warning_issued" -> "warning issued" + where;
            case "first_warned" -> "first resident warned" + where;
            case "shelter_ordered" -> "shelter ordered" + where;
            case "evacuation_started" -> "evacuation starts: " + parts(group, e -> placeName(run, e.subject())) + where;
            case "first_death" -> "first death" + where;
            case "first_call" -> "first call" + where;
            case "unit_on_scene" -> "first unit on scene" + where;
            case "cordon_set" -> "cordon" + where;
            case "decon_opened" -> "decon open" + where;
            case "patient_admitted" -> "first admitted" + where;
            case "died_before_care" -> "first died before care" + where;
            default -> first.type().replace('_', ' ') + where;
        };
    }

    private static String parts(List<RunEvent> group, java.util.function.Function<RunEvent, String> part) {
        Set<String> distinct = new LinkedHashSet<>();
        group.forEach(event -> distinct.add(part.apply(event)));
        return String.join(", ", distinct);
    }

    private static String placeName(RunRecord run, String placeId) {
        return run.scenario().place(placeId).map(PlaceSpec::name).map(MapLayers::shortName).orElse(placeId);
    }
}
