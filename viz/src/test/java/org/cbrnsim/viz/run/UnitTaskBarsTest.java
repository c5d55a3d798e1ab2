package org.cbrnsim.viz.run;

import org.cbrnsim.record.UnitTaskStarted;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.viz.run.UnitTaskBars.Bar;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.cbrnsim.viz.run.ResponseRuns.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A unit's task lasts until its next unit_task event or the end of the run; units in the scenario's order. */
class UnitTaskBarsTest {

    private static RunEvent task(double tS, String unit, UnitTask task) {
        UnitTaskStarted written = new UnitTaskStarted(tS, unit, "UA", task, "");
        return event(tS, written.type(), unit, "UA", "", written.detail());
    }

    @Test
    void eachTaskEndsWhenTheNextBeginsOrTheRunEnds() {
        List<RunEvent> events = List.of(
                task(100, "pol-mp-2", UnitTask.CALLED_OUT),
                task(180, "pol-mp-2", UnitTask.EN_ROUTE),
                task(200, "visitor-1", UnitTask.EN_ROUTE),
                task(900, "pol-mp-2", UnitTask.CORDON),
                task(950, "cmd-ua", UnitTask.SIZE_UP),
                task(1000, "amb-mp-1", UnitTask.TRIAGE),
                event(1100, UnitTaskStarted.TYPE, "amb-mp-1", "UA", "", "juggling"),
                task(2000, "amb-mp-1", UnitTask.AVAILABLE));
        Map<String, List<Bar>> bars = UnitTaskBars.of(ResponseRuns.of(events, new RunTimeSeries(new double[]{0},
                Map.of()), 7200));
        assertEquals(List.of("cmd-ua", "amb-mp-1", "pol-mp-2", "visitor-1"), List.copyOf(bars.keySet()),
                "scenario order, then units the scenario does not have");
        assertEquals(List.of(new Bar("pol-mp-2", UnitTask.CALLED_OUT, 100, 180),
                new Bar("pol-mp-2", UnitTask.EN_ROUTE, 180, 900), new Bar("pol-mp-2", UnitTask.CORDON, 900, 7200)),
                bars.get("pol-mp-2"));
        assertEquals(List.of(new Bar("amb-mp-1", UnitTask.TRIAGE, 1000, 2000),
                new Bar("amb-mp-1", UnitTask.AVAILABLE, 2000, 7200)), bars.get("amb-mp-1"),
                "a detail that is no task's label is not a task");
        assertEquals(6300, bars.get("pol-mp-2").get(2).durationS());
        assertThrows(IllegalArgumentException.class, () -> new Bar("u", UnitTask.RESCUE, 10, 5));
    }
}
