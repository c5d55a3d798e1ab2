package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimEventTest {

    @Test
    void eachTypeFillsTheCommonColumns() {
        List<SimEvent> events = List.of(
                new ReleaseStarted(0, "tank", "chlorine", "UA", 25_000),
                new ReleaseEnded(600, "tank", "UA", 24_999.5),
                new WindChanged(900, 2.5, 290, "F"),
                new WarningIssued(1000, "dsns", "UA", "town", "sirens"),
                new FirstWarned(1010, "UA", "town"),
                new ShelterOrdered(1100, "dsns", "UA", "town"),
                new EvacuationStarted(1200, "igsu", "MD", "village", 1500, 1620),
                new EvacuationArrived(3000, "MD", "village", "school-3", 1450),
                new ThresholdFirstExceeded(1300, "AEGL-2", "village", "MD"),
                new FirstDeath(2000, "village", "MD"),
                new BorderCrossedByCloud(1250, "tank", "UA", "MD", "AEGL-1"));
        List<String> rows = events.stream().map(e -> String.join("|", e.type(), e.actor(), e.country(), e.subject(),
                e.detail())).toList();
        assertEquals(List.of(
                "release_started||UA|tank|chlorine, 25000 kg",
                "release_ended||UA|tank|24999.5 kg released",
                "wind_changed|||wind|2.5 m/s from 290°, stability F",
                "warning_issued|dsns|UA|town|channel sirens",
                "first_warned||UA|town|first resident warned",
                "shelter_ordered|dsns|UA|town|shelter in place",
                "evacuation_started|igsu|MD|village|1500 residents set out (1620 from this place so far)",
                "evacuation_arrived||MD|village|1450 people at school-3",
                "threshold_first_exceeded||MD|village|AEGL-2",
                "first_death||MD|village|first death",
                "border_crossed_by_cloud||MD|tank|from UA to MD above AEGL-1"), rows);
    }

    @Test
    void invalidFieldsAreRejectedWithWhatWasExpected() {
        IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
                () -> new FirstDeath(-1, "village", "MD"));
        assertEquals("event time must be a finite time >= 0 s after T0, got -1.0", time.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> new FirstDeath(1, null, "MD"));
        assertEquals("event field 'placeId' must be a text (\"\" for none), got null", text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WindChanged(1, 2, 360, "D"));
        assertThrows(IllegalArgumentException.class, () -> new ReleaseStarted(1, "t", "c", "UA", -5));
        IllegalArgumentException soFar = assertThrows(IllegalArgumentException.class,
                () -> new EvacuationStarted(1, "residents", "MD", "village", 20, 10));
        assertEquals("event field 'residentsSoFar' must be at least residents (20), got 10", soFar.getMessage());
        assertEquals("1 resident set out (7 from this place so far)",
                new EvacuationStarted(1, "residents", "MD", "village", 1, 7).detail());
        assertEquals("1 person at school-3", new EvacuationArrived(1, "MD", "", "school-3", 1).detail());
    }
}
