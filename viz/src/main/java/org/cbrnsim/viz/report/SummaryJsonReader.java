package org.cbrnsim.viz.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.ObjectiveOutcome;
import org.cbrnsim.record.RunSummary;

/**
 * Reads a run's {@code summary.json} (snake_case keys, written by the engine's SummaryJsonWriter) back into
 * a {@link RunSummary}; a null number (not measured) becomes NaN.
 */
public final class SummaryJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryJsonReader() {
    }

    /** @throws IllegalArgumentException when a required key is missing or has the wrong kind of value */
    public static RunSummary read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        try {
            JsonNode clock = required(root, "clock");
            Map<String, Double> kpis = new LinkedHashMap<>();
            required(root, "kpis").fields().forEachRemaining(kpi -> kpis.put(kpi.getKey(), number(kpi.getValue())));
            List<ObjectiveOutcome> objectives = new ArrayList<>();
            for (JsonNode objective : root.path("objectives")) {
                objectives.add(new ObjectiveOutcome(text(objective, "id"), text(objective, "text"),
                        required(objective, "met").asBoolean(), number(objective.path("value")),
                        text(objective, "target")));
            }
            return new RunSummary(text(root, "scenario_id"), text(root, "run_id"), required(root, "seed").asLong(),
                    text(root, "engine_version"), OffsetDateTime.parse(text(clock, "start")),
                    number(required(clock, "end_s")), number(required(clock, "step_s")),
                    required(root, "event_count").asInt(), kpis, objectives);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode required(JsonNode node, String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isMissingNode()) {
            throw new IllegalArgumentException("expected the key \"" + key + "\"");
        }
        return value;
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = required(node, key);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("expected text for \"" + key + "\", got " + value);
        }
        return value.asText();
    }

    private static double number(JsonNode value) {
        if (value.isNull() || value.isMissingNode()) {
            return Double.NaN;
        }
        if (!value.isNumber()) {
            throw new IllegalArgumentException("expected a number or null, got " + value);
        }
        return value.asDouble();
    }
}
