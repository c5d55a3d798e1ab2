package org.cbrnsim.viz.run;

import org.cbrnsim.record.UnitTaskStarted;
import org.cbrnsim.response.UnitTask;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What each unit did when (events.csv, unit_task): a unit's task lasts from its event until the unit's next unit_task
 * event, or until the end of the run. Units are in the scenario's order, then any others by id.
 */
public final class UnitTaskBars {

    /**
     * One task of one unit.
     *
     * @param unitId the unit
     * @param task   what it did
     * @param startS when it began (s after T0)
     * @param endS   when the next task began or the run ended (s after T0), ≥ start
     */
    public record Bar(String unitId, UnitTask task, double startS, double endS) {

        public Bar {
            Objects.requireNonNull(unitId, "unitId");
            Objects.requireNonNull(task, "task");
            if (!(endS >= startS)) {
                throw new IllegalArgumentException("a task bar ends at or after its start, got " + startS + " to " + endS);
            }
        }

        /** Its length (s). */
        public double durationS() {
            return endS - startS;
        }
    }

    private UnitTaskBars() {
    }

    /** The bars of each unit that has unit_task events, in unit order; each unit's bars in time order. */
    public static Map<String, List<Bar>> of(RunRecord run) {
        Map<String, List<RunEvent>> byUnit = new LinkedHashMap<>();
        for (RunEvent event : run.events()) {
            if (event.type().equals(UnitTaskStarted.TYPE) && task(event.detail()).isPresent()) {
                byUnit.computeIfAbsent(event.actor(), u -> new ArrayList<>()).add(event);
            }
        }
        UnitRoster roster = UnitRoster.of(run.scenario());
        List<String> units = new ArrayList<>(byUnit.keySet());
        units.sort(Comparator.comparingInt((String u) -> roster.order(u) < 0 ? Integer.MAX_VALUE : roster.order(u))
                .thenComparing(Comparator.naturalOrder()));
        Map<String, List<Bar>> bars = new LinkedHashMap<>();
        for (String unit : units) {
            List<RunEvent> events = byUnit.get(unit);
            events.sort(Comparator.comparingDouble(RunEvent::tS));
            List<Bar> unitBars = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                double endS = i + 1 < events.size() ? events.get(i + 1).tS() : Math.max(run.endS(), events.get(i).tS());
                unitBars.add(new Bar(unit, task(events.get(i).detail()).orElseThrow(), events.get(i).tS(), endS));
            }
            bars.put(unit, unitBars);
        }
        return bars;
    }

    /** The task whose label is {@code detail} (a unit_task event's detail). */
    static Optional<UnitTask> task(String detail) {
        return Arrays.stream(UnitTask.values()).filter(t -> t.label().equals(detail)).findFirst();
    }
}
