package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.RunEvent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cbrnsim.record.RunSummary;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class SummaryParagraphTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-14T02:40:00+02:00");
    private static final Scenario DNIESTER =
            ScenarioLoader.require(Path.of(System.getProperty("cbrnsim.repo"), "scenarios", "dniester-chlorine.yaml"));

    private static RunSummary summary(Map<String, Double> kpis) {
        return new RunSummary("dniester-chlorine", "seed-1", 1, "test", T0, 43200, 60, 0, kpis, List.of(),
                kpis.isEmpty() ? Map.of() : Map.of("lethality_probit", "Lees (2005) / HSE OSD/30 Table 2"));
    }

    private static Map<String, Double> allKpis() {
        Map<String, Double> kpis = new LinkedHashMap<>();
        kpis.put("released_kg", 80900.0);
        kpis.put("max_above_aegl3", 8353.0);
        kpis.put("max_above_aegl2", 19208.0);
        kpis.put("dead", 1.0);
        kpis.put("icu", 2872.0);
        kpis.put("admitted", 4631.0);
        kpis.put("sought_care", 10855.0);
        kpis.put("worried_well", 3000.0);
        kpis.put("evacuated", 4235.0);
        kpis.put("max_sheltered", 21666.0);
        return kpis;
    }

    @Test
    void theParagraphTellsTheRunFromItsFiguresAndEvents() {
        List<RunEvent> events = List.of(
                new RunEvent(0, "", "release_started", "", "UA", "tank-car", "chlorine, 80900 kg"),
                new RunEvent(120, "", "threshold_first_exceeded", "", "UA", "", "AEGL-1"),
                new RunEvent(1200, "", "warning_issued", "authorities", "UA", "AEGL-1 zone", "channel sirens"),
                new RunEvent(6420, "", "threshold_first_exceeded", "", "MD", "", "AEGL-1"),
                new RunEvent(6600, "", "border_crossed_by_cloud", "", "MD", "tank-car", "from UA to MD above AEGL-1"),
                new RunEvent(9000, "", "release_ended", "", "UA", "tank-car", "80900 kg released"));

        String text = SummaryParagraph.of(DNIESTER, summary(allKpis()), events, new ReportClock(T0));

        assertTrue(text.startsWith("On 14 March 2026 at 02:40 local time (T0), a release of chlorine at "
                + "Mohyliv-Podilskyi station"), text);
        assertTrue(text.contains("80,900 kg went into the air, the release ending at T+02:30 (05:10)."), text);
        assertTrue(text.contains("The first public warning went out at T+00:20 (03:00), issued by authorities for "
                + "the AEGL-1 zone (channel sirens)."), text);
        assertTrue(text.contains("In all, 8,353 people were exposed above AEGL-3"), text);
        assertTrue(text.contains("By the end of the run (T+12:00) 1 person had died and 18,358 more had sought care "
                + "(2,872 needing intensive care, 4,631 admitted, 10,855 sent home, 3,000 of them without symptoms);"
                + " deaths by the Lees (2005) / HSE OSD/30 Table 2 lethality probit; 4,235 people had been evacuated and"
                + " up to 21,666 people sheltered in place at one time."), text);
        assertTrue(text.endsWith("People were above AEGL thresholds in Ukraine and Moldova; the cloud crossed a border "
                + "at T+01:50 (04:30), from UA to MD above AEGL-1."), text);
    }

    @Test
    void figuresTheRunDoesNotHaveAreLeftOut() {
        String text = SummaryParagraph.of(DNIESTER, summary(Map.of()), List.of(), new ReportClock(T0));
        assertEquals("On 14 March 2026 at 02:40 local time (T0), a release of chlorine at "
                + DNIESTER.place("mohyliv-podilskyi-station").orElseThrow().name() + " began. "
                + "No public warning was issued during the run. No one was above an AEGL threshold.", text);
        assertFalse(text.contains("not measured"));
    }

    @Test
    void listsAreJoinedWithCommasAndAnd() {
        assertEquals("", SummaryParagraph.joined(List.of()));
        assertEquals("a", SummaryParagraph.joined(List.of("a")));
        assertEquals("a and b", SummaryParagraph.joined(List.of("a", "b")));
        assertEquals("a, b and c", SummaryParagraph.joined(List.of("a", "b", "c")));
    }
}
