package org.cbrnsim.viz.run;

import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.viz.run.UnitArrivals.Arrival;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.cbrnsim.viz.run.ResponseRuns.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Arrivals on scene read back from events.csv: response time from the detail, type from the scenario's units. */
class UnitArrivalsTest {

    private static final RunTimeSeries NO_SERIES = new RunTimeSeries(new double[]{0}, Map.of());

    @Test
    void responseTimeAndTypeOfEachArrival() {
        UnitOnScene written = new UnitOnScene(1500, "amb-otaci-2", UnitType.AMBULANCE, "MD", "otaci", 821.6);
        List<RunEvent> events = List.of(
                event(written.tS(), written.type(), written.actor(), written.country(), written.subject(), written.detail()),
                // a unit the scenario does not have: its type comes from the detail's first word
                event(1600, UnitOnScene.TYPE, "mutual-aid-7", "MD", "otaci", "hazmat on scene 1100 s after the call"),
                // neither a scenario unit nor a type in the detail, and a detail without a response time: left out
                event(1700, UnitOnScene.TYPE, "stranger", "MD", "otaci", "tractor on scene 1200 s after the call"),
                event(1800, UnitOnScene.TYPE, "fire-otaci-1", "MD", "otaci", "arrived"),
                event(1900, "unit_dispatched", "fire-otaci-2", "MD", "otaci", "fire-engine of igsu-ocnita, 900 m by road"));
        List<Arrival> arrivals = UnitArrivals.of(ResponseRuns.of(events, NO_SERIES, 3600));
        assertEquals(List.of(new Arrival(1500, "amb-otaci-2", "MD", UnitType.AMBULANCE, 822),
                new Arrival(1600, "mutual-aid-7", "MD", UnitType.HAZMAT, 1100)), arrivals);
    }
}
