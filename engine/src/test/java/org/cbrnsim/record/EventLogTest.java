package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventLogTest {

    @Test
    void eventsAreKeptInTimeOrderAndInRecordingOrderAtEqualTimes() {
        EventLog log = new EventLog();
        log.record(new FirstWarned(60, "UA", "a"));
        log.record(new FirstWarned(120, "UA", "b"));
        log.record(new FirstWarned(60, "UA", "c"));
        log.record(new FirstWarned(30, "UA", "d"));
        log.record(new FirstWarned(120, "UA", "e"));
        assertEquals(List.of("d", "a", "c", "b", "e"), log.events().stream().map(SimEvent::subject).toList());
        assertThrows(UnsupportedOperationException.class, () -> log.events().clear());
    }

    @Test
    void subscribersSeeEachEventWhenRecorded() {
        EventLog log = new EventLog();
        List<String> seen = new ArrayList<>();
        log.record(new FirstDeath(10, "before", "MD"));
        log.subscribe(event -> seen.add(event.type() + ":" + event.subject()));
        log.record(new FirstDeath(20, "x", "MD"));
        log.record(new FirstWarned(5, "UA", "y"));
        assertEquals(List.of("first_death:x", "first_warned:y"), seen);
        assertEquals(3, log.size());
    }
}
