package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.RunSummary;
import org.junit.jupiter.api.Test;

/** The report's notes say which lethality probit summary.json names, and why. */
class ReportContentsTest {

    private static RunSummary summary(Map<String, String> notes) {
        return new RunSummary("s", "seed-1", 1, "test", OffsetDateTime.parse("2026-03-14T02:40:00+02:00"), 3600, 60, 0,
                Map.of(), List.of(), notes);
    }

    @Test
    void notesNameTheProbitAndItsReason() {
        List<String> notes = ReportContents.limitations(summary(Map.of("lethality_probit", "Lees (2005) / HSE OSD/30 Table 2",
                "lethality_probit_reason", "it reproduces the Withers & Lees (1985) LC50s")), false);
        assertEquals(ReportContents.LIMITATIONS.size() + 1, notes.size());
        assertTrue(notes.contains("Deaths follow the Lees (2005) / HSE OSD/30 Table 2 lethality probit: it reproduces the"
                + " Withers & Lees (1985) LC50s."), notes.toString());
    }

    @Test
    void olderRunsWithoutNotesKeepTheGeneralNotes() {
        assertEquals(ReportContents.LIMITATIONS, ReportContents.limitations(summary(Map.of()), false));
    }

    @Test
    void aRunWithRespondersDoesNotSayTheyAreNotModelled() {
        List<String> notes = ReportContents.limitations(summary(Map.of()), true);
        assertEquals(ReportContents.LIMITATIONS.size(), notes.size());
        assertTrue(notes.contains(ReportContents.NOT_MODELLED_WITH_RESPONDERS), notes.toString());
        assertTrue(notes.stream().noneMatch(n -> n.startsWith("Responders, hospitals")), notes.toString());
        assertTrue(ReportContents.LIMITATIONS.stream().anyMatch(n -> n.startsWith("Responders, hospitals")));
    }
}
