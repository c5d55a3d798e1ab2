package org.cbrnsim.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryJsonWriterTest {

    private static RunSummary summary() {
        Map<String, Double> kpis = new HashMap<>();
        kpis.put("warning_delay_s", 930.0);
        kpis.put("dead", 3.0);
        kpis.put("peak_ppm", 0.1 + 0.2);
        kpis.put("unmeasured", Double.NaN);
        return new RunSummary("dniester-chlorine", "seed-42", 42, "0.1.0",
                OffsetDateTime.parse("2026-03-14T02:40+02:00"), 43_200, 60, 17, kpis,
                List.of(new ObjectiveOutcome("warn", "Warn \"all\" towns", false, 930.0 / 60, "warning ≤ 20 min"),
                        new ObjectiveOutcome("evac", "Evacuate", false, Double.NaN, "done ≤ 2 h")),
                java.util.Map.of("outcome_counting", "worst state", "lethality_probit", "Lees"));
    }

    @Test
    void keysComeInAFixedOrderAndNumbersAreDeterministic() throws IOException {
        StringWriter out = new StringWriter();
        new SummaryJsonWriter().write(summary(), out);
        assertEquals("""
                {
                  "scenario_id": "dniester-chlorine",
                  "run_id": "seed-42",
                  "seed": 42,
                  "engine_version": "0.1.0",
                  "clock": {
                    "start": "2026-03-14T02:40:00+02:00",
                    "end_s": 43200,
                    "step_s": 60
                  },
                  "event_count": 17,
                  "kpis": {
                    "dead": 3,
                    "peak_ppm": 0.3,
                    "unmeasured": null,
                    "warning_delay_s": 930
                  },
                  "objectives": [
                    {
                      "id": "warn",
                      "text": "Warn \\"all\\" towns",
                      "met": false,
                      "value": 15.5,
                      "target": "warning ≤ 20 min"
                    },
                    {
                      "id": "evac",
                      "text": "Evacuate",
                      "met": false,
                      "value": null,
                      "target": "done ≤ 2 h"
                    }
                  ],
                  "notes": {
                    "lethality_probit": "Lees",
                    "outcome_counting": "worst state"
                  }
                }
                """, out.toString());
        JsonNode parsed = new ObjectMapper().readTree(out.toString());
        assertEquals(930, parsed.at("/kpis/warning_delay_s").asInt());
    }

    @Test
    void missingKpiValuesAreRejected() {
        Map<String, Double> kpis = new HashMap<>();
        kpis.put("dead", null);
        assertThrows(IllegalArgumentException.class, () -> new RunSummary("s", "r", 1, "v",
                OffsetDateTime.parse("2026-03-14T02:40+02:00"), 60, 60, 0, kpis, List.of()));
    }
}
