package org.cbrnsim.record;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code summary.json} holds about a run.
 *
 * @param scenarioId    the scenario's id
 * @param runId         the run folder's name
 * @param seed          the run seed
 * @param engineVersion version of the engine that made the run
 * @param start         T0 with its UTC offset
 * @param endS          end of the run (s after T0)
 * @param stepS         step length (s)
 * @param eventCount    number of events in the log
 * @param kpis          key performance indicators by name (units in the names); written sorted by name
 * @param objectives    the exercise objectives' outcomes, in scenario order
 * @param notes         model choices the reader of the numbers must know, by name (e.g. "lethality_probit" and
 *                      "lethality_probit_reason"); written sorted by name
 */
public record RunSummary(String scenarioId, String runId, long seed, String engineVersion, OffsetDateTime start,
                         double endS, double stepS, int eventCount, Map<String, Double> kpis,
                         List<ObjectiveOutcome> objectives, Map<String, String> notes) {

    public RunSummary {
        if (scenarioId == null || runId == null || engineVersion == null || start == null) {
            throw new IllegalArgumentException("a run summary needs a scenario id, run id, engine version and start");
        }
        for (Map.Entry<String, Double> kpi : kpis.entrySet()) {
            if (kpi.getKey() == null || kpi.getValue() == null) {
                throw new IllegalArgumentException("KPI names and values must be given (NaN for not measured), got "
                        + kpi.getKey() + " = " + kpi.getValue());
            }
        }
        kpis = Collections.unmodifiableSortedMap(new TreeMap<>(kpis));
        objectives = List.copyOf(objectives);
        notes = Collections.unmodifiableSortedMap(new TreeMap<>(notes));
    }

    /** A summary without notes. */
    public RunSummary(String scenarioId, String runId, long seed, String engineVersion, OffsetDateTime start,
                      double endS, double stepS, int eventCount, Map<String, Double> kpis,
                      List<ObjectiveOutcome> objectives) {
        this(scenarioId, runId, seed, engineVersion, start, endS, stepS, eventCount, kpis, objectives, Map.of());
    }
}
