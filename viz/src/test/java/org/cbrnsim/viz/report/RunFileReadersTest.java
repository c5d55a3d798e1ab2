package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.ObjectiveOutcome;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.record.SummaryJsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFileReadersTest {

    @TempDir
    Path temp;

    @Test
    void summaryJsonReadsBackWhatTheEngineWrote() throws IOException {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("dead", 850.0);
        kpis.put("first_warning_s", Double.NaN);
        List<ObjectiveOutcome> objectives = List.of(
                new ObjectiveOutcome("warn-own", "Warn the town", true, 18.5, "warning ≤ 20 min"),
                new ObjectiveOutcome("notify", "Notify the neighbour", false, Double.NaN, "before the border"));
        RunSummary written = new RunSummary("dniester-chlorine", "seed-7", 7, "1.2.3",
                OffsetDateTime.parse("2026-03-14T02:40:00+02:00"), 10800, 60, 22, kpis, objectives);
        StringWriter json = new StringWriter();
        new SummaryJsonWriter().write(written, json);
        Path file = Files.writeString(temp.resolve("summary.json"), json.toString());

        RunSummary read = SummaryJsonReader.read(file);

        assertEquals(written.scenarioId(), read.scenarioId());
        assertEquals(written.start(), read.start());
        assertEquals(written.kpis(), read.kpis(), "NaN written as null reads back as NaN");
        assertEquals(written.objectives().get(0), read.objectives().get(0));
        assertTrue(Double.isNaN(read.objectives().get(1).value()));
        assertEquals(written.toString(), read.toString());
    }

    @Test
    void aSummaryWithoutItsClockIsRefusedNamingTheFile() throws IOException {
        Path file = Files.writeString(temp.resolve("summary.json"), "{\"scenario_id\": \"x\", \"kpis\": {}}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryJsonReader.read(file));
        assertEquals(file + ": expected the key \"clock\"", e.getMessage());
    }

    @Test
    void eventsCsvIsReadWithItsQuoting() throws IOException {
        Path file = Files.writeString(temp.resolve("events.csv"), "t_s,clock,type,actor,country,subject,detail\n"
                + "0,2026-03-14T02:40:00+02:00,release_started,,UA,tank-car,\"chlorine, 80900 kg\"\n"
                + "1200.5,2026-03-14T03:00:00+02:00,warning_issued,authorities,UA,zone,\"say \"\"go\"\"\"\n");
        assertEquals(List.of(new RunEvent(0, "release_started", "", "UA", "tank-car", "chlorine, 80900 kg"),
                new RunEvent(1200.5, "warning_issued", "authorities", "UA", "zone", "say \"go\"")),
                EventsCsvReader.read(file));
    }

    @Test
    void anEventWithoutATimeIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("events.csv"), "t_s,clock,type,actor,country,subject,detail\n"
                + "soon,,release_started,,UA,tank-car,x\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EventsCsvReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ": event 1: expected t_s (seconds)"), e.getMessage());
    }
}
