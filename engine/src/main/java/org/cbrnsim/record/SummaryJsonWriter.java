package org.cbrnsim.record;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Writes a {@link RunSummary} as {@code summary.json}: keys in a fixed order (KPIs sorted by name), numbers
 * through {@link NumberText} (non-finite ones as null), indented with "\n" line ends, a final newline.
 */
public final class SummaryJsonWriter {

    /** Writes {@code summary} to {@code out} (flushed, not closed). */
    public void write(RunSummary summary, Writer out) throws IOException {
        try (JsonGenerator json = JsonOutput.indented(out)) {
            json.writeStartObject();
            json.writeStringField("scenario_id", summary.scenarioId());
            json.writeStringField("run_id", summary.runId());
            json.writeNumberField("seed", summary.seed());
            json.writeStringField("engine_version", summary.engineVersion());
            json.writeObjectFieldStart("clock");
            json.writeStringField("start", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(summary.start()));
            json.writeFieldName("end_s");
            JsonOutput.number(json, summary.endS());
            json.writeFieldName("step_s");
            JsonOutput.number(json, summary.stepS());
            json.writeEndObject();
            json.writeNumberField("event_count", summary.eventCount());
            json.writeObjectFieldStart("kpis");
            for (Map.Entry<String, Double> kpi : summary.kpis().entrySet()) {
                json.writeFieldName(kpi.getKey());
                JsonOutput.number(json, kpi.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("objectives");
            for (ObjectiveOutcome objective : summary.objectives()) {
                json.writeStartObject();
                json.writeStringField("id", objective.id());
                json.writeStringField("text", objective.text());
                json.writeBooleanField("met", objective.met());
                json.writeFieldName("value");
                JsonOutput.number(json, objective.value());
                json.writeStringField("target", objective.target());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("notes");
            for (Map.Entry<String, String> note : summary.notes().entrySet()) {
                json.writeStringField(note.getKey(), note.getValue());
            }
            json.writeEndObject();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }
}
