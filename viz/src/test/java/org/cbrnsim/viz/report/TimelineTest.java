package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.RunEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final ReportClock CLOCK = new ReportClock(OffsetDateTime.parse("2026-03-14T02:40:00+02:00"));

    @Test
    void whenTooManyTheMostImportantEventsAreKeptInTimeOrder() {
        List<RunEvent> events = new ArrayList<>();
        events.add(new RunEvent(0, "", "release_started", "", "UA", "tank-car", "chlorine, 80900 kg"));
        for (int i = 0; i < 30; i++) {
            events.add(new RunEvent(600 + i * 60, "", "evacuation_started", "residents", "UA", "town-" + i,
                    "10 residents set out (10 from this place so far)"));
            events.add(new RunEvent(610 + i * 60, "", "evacuation_arrived", "", "UA", "", "1 people at a"));
        }
        events.add(new RunEvent(9000, "", "border_crossed_by_cloud", "", "MD", "tank-car", "from UA to MD above AEGL-1"));
        events.add(new RunEvent(5400, "", "wind_changed", "", "", "wind", "2 m/s from 312°, stability F"));

        Timeline timeline = Timeline.of(events, CLOCK, UnaryOperator.identity(), 5);

        List<String> kept = timeline.rows().stream().map(TimelineRow::event).toList();
        assertEquals(List.of("Release started", "Evacuation started", "Evacuation started", "Wind changed",
                "Cloud crossed a border"), kept);
        assertEquals("T+00:10", timeline.rows().get(1).elapsed(), "the earliest evacuations are kept first");
        assertEquals("T+00:11", timeline.rows().get(2).elapsed());
        assertEquals("5 of the run's 63 events are shown here; events.csv in the run folder lists them all.",
                timeline.note());
    }

    @Test
    void evacueesArrivingAreNeverShown() {
        List<RunEvent> events = List.of(new RunEvent(60, "", "evacuation_arrived", "", "UA", "", "1 people at a"),
                new RunEvent(120, "", "something_new", "x", "UA", "y", "z"));
        Timeline timeline = Timeline.of(events, CLOCK, UnaryOperator.identity(), 40);
        assertTrue(timeline.rows().isEmpty());
        assertEquals("0 of the run's 2 events are shown here; events.csv in the run folder lists them all.",
                timeline.note());
    }

    @Test
    void rowsNameTheirSubjectsAndSayEachThingOnce() {
        List<RunEvent> events = List.of(
                new RunEvent(1200, "", "warning_issued", "authorities", "UA", "AEGL-1 zone", "channel sirens"),
                new RunEvent(1515.97, "", "evacuation_started", "residents", "UA", "otaci",
                        "5 residents set out (5 from this place so far)"),
                new RunEvent(6480, "", "threshold_first_exceeded", "", "MD", "", "AEGL-2"),
                new RunEvent(7140, "", "first_death", "", "MD", "", "first death"));
        Timeline timeline = Timeline.of(events, CLOCK, id -> id.equals("otaci") ? "Otaci / Отач" : id, 40);

        assertEquals(new TimelineRow("T+00:20", "03:00", "UA", "Public warning issued",
                "AEGL-1 zone: channel sirens (by authorities)"), timeline.rows().get(0));
        assertEquals(new TimelineRow("T+00:25", "03:05", "UA", "Evacuation started",
                "Otaci / Отач: 5 residents set out (5 from this place so far) (by residents)"), timeline.rows().get(1));
        assertEquals(new TimelineRow("T+01:48", "04:28", "MD", "First person above AEGL-2", ""), timeline.rows().get(2));
        assertEquals(new TimelineRow("T+01:59", "04:39", "MD", "First death", ""), timeline.rows().get(3));
        assertEquals("", timeline.note());
    }

    /** A place's departures come step by step: only the first, the start of its evacuation, is a key event. */
    @Test
    void eachPlacesEvacuationIsShownOnceAtItsStart() {
        List<RunEvent> events = new ArrayList<>();
        for (int step = 0; step < 50; step++) {
            for (String town : List.of("town-a", "town-b")) {
                events.add(new RunEvent(3000 + step * 60 + (town.equals("town-b") ? 1800 : 0), "", "evacuation_started",
                        "residents", "UA", town, "2 residents set out (" + 2 * (step + 1) + " from this place so far)"));
            }
        }
        Timeline timeline = Timeline.of(events, CLOCK, UnaryOperator.identity(), 40);
        assertEquals(List.of(new TimelineRow("T+00:50", "03:30", "UA", "Evacuation started",
                        "town-a: 2 residents set out (2 from this place so far) (by residents)"),
                new TimelineRow("T+01:20", "04:00", "UA", "Evacuation started",
                        "town-b: 2 residents set out (2 from this place so far) (by residents)")), timeline.rows());
        assertEquals("2 of the run's 100 events are shown here; events.csv in the run folder lists them all.",
                timeline.note());
    }

    @Test
    void aTimelineNeedsRoomForOneRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Timeline.of(List.of(), CLOCK, UnaryOperator.identity(), 0));
        assertEquals("a timeline needs room for at least 1 row, got 0", e.getMessage());
    }
}
