package org.cbrnsim.viz.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cbrnsim.record.ObjectiveOutcome;
import org.cbrnsim.record.RunSummary;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's {@code summary.json} (snake_case keys, see SummaryJsonWriter in the engine) into a {@link RunSummary}. */
final class SummaryJsonReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    private SummaryJsonReader(Path file) {
        this.file = file;
    }

    /** @throws IllegalArgumentException naming the file and the key when a key is missing or of the wrong type */
    static RunSummary read(Path file) {
        return new SummaryJsonReader(file).summary(RunFiles.jsonTree(file, JSON));
    }

    private RunSummary summary(JsonNode root) {
        JsonNode clock = object(root, "clock");
        OffsetDateTime start;
        try {
            start = OffsetDateTime.parse(text(clock, "start", "clock.start"));
        } catch (DateTimeParseException e) {
            throw RunFiles.malformed(file, "clock.start must be a date-time with offset, e.g. 2026-03-14T02:40:00+02:00, got "
                    + clock.get("start").asText());
        }
        try {
            return new RunSummary(text(root, "scenario_id", "scenario_id"), text(root, "run_id", "run_id"),
                    number(root, "seed", "seed").longValue(), text(root, "engine_version", "engine_version"), start,
                    number(clock, "end_s", "clock.end_s").doubleValue(), number(clock, "step_s", "clock.step_s").doubleValue(),
                    number(root, "event_count", "event_count").intValue(), kpis(object(root, "kpis")), objectives(root),
                    notes(root));
        } catch (IllegalArgumentException e) {
            throw RunFiles.malformed(file, e.getMessage(), e);
        }
    }

    /** The optional {@code notes} object (older run folders have none): text values by name. */
    private Map<String, String> notes(JsonNode root) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonNode notes = root.get("notes");
        if (notes == null) {
            return values;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = notes.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> note = fields.next();
            values.put(note.getKey(), note.getValue().asText());
        }
        return values;
    }

    private Map<String, Double> kpis(JsonNode kpis) {
        Map<String, Double> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = kpis.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> kpi = fields.next();
            values.put(kpi.getKey(), numberOrNaN(kpi.getValue(), "kpis." + kpi.getKey()));
        }
        return values;
    }

    private List<ObjectiveOutcome> objectives(JsonNode root) {
        JsonNode list = root.get("objectives");
        if (list == null || !list.isArray()) {
            throw RunFiles.malformed(file, "\"objectives\" must be an array");
        }
        List<ObjectiveOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode objective = list.get(i);
            String path = "objectives[" + i + "]";
            JsonNode met = objective.get("met");
            if (met == null || !met.isBoolean()) {
                throw RunFiles.malformed(file, path + ".met must be true or false");
            }
            outcomes.add(new ObjectiveOutcome(text(objective, "id", path + ".id"), text(objective, "text", path + ".text"),
                    met.booleanValue(), numberOrNaN(objective.get("value"), path + ".value"),
                    text(objective, "target", path + ".target")));
        }
        return outcomes;
    }

    private JsonNode object(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isObject()) {
            throw RunFiles.malformed(file, "\"" + key + "\" must be an object");
        }
        return node;
    }

    private String text(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isTextual()) {
            throw RunFiles.malformed(file, "\"" + path + "\" must be a string");
        }
        return node.textValue();
    }

    private Number number(JsonNode parent, String key, String path) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isNumber()) {
            throw RunFiles.malformed(file, "\"" + path + "\" must be a number");
        }
        return node.numberValue();
    }

    private double numberOrNaN(JsonNode node, String path) {
        if (node == null || node.isNull()) {
            return Double.NaN;
        }
        if (!node.isNumber()) {
            throw RunFiles.malformed(file, "\"" + path + "\" must be a number or null");
        }
        return node.doubleValue();
    }
}
