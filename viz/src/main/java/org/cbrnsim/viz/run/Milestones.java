package org.cbrnsim.viz.run;

import org.cbrnsim.record.DeconOpened;
import org.cbrnsim.record.EvacuationStarted;
import org.cbrnsim.record.PatientAdmitted;
import org.cbrnsim.record.PatientDied;
import org.cbrnsim.record.UnitOnScene;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Thins out the event types that come in numbers, for the timelines: of {@code evacuation_started}, which reports
 * each step's departures from a place, only the first of each place (its evacuation began); of the responders'
 * arrivals, decontamination lines opening, patients admitted and deaths before care, only the first in each country
 * (first unit on scene, first line open, first patient admitted, first death before care). Other events pass as they
 * are.
 */
public final class Milestones {

    private static final Function<RunEvent, String> BY_SUBJECT = RunEvent::subject;
    private static final Function<RunEvent, String> BY_COUNTRY = RunEvent::country;
    private static final Map<String, Function<RunEvent, String>> FIRST_PER = Map.of(
            EvacuationStarted.TYPE, BY_SUBJECT,
            UnitOnScene.TYPE, BY_COUNTRY,
            DeconOpened.TYPE, BY_COUNTRY,
            PatientAdmitted.TYPE, BY_COUNTRY,
            PatientDied.BEFORE_CARE, BY_COUNTRY);

    private Milestones() {
    }

    /** {@code events} in their order, without the events of a thinned type that have an earlier one of the same key. */
    public static List<RunEvent> of(List<RunEvent> events) {
        Map<List<String>, RunEvent> earliest = new HashMap<>();
        for (RunEvent event : events) {
            Function<RunEvent, String> key = FIRST_PER.get(event.type());
            if (key != null) {
                earliest.merge(List.of(event.type(), key.apply(event)), event, (a, b) -> b.tS() < a.tS() ? b : a);
            }
        }
        return events.stream().filter(e -> {
            Function<RunEvent, String> key = FIRST_PER.get(e.type());
            return key == null || earliest.get(List.of(e.type(), key.apply(e))) == e;
        }).toList();
    }
}
