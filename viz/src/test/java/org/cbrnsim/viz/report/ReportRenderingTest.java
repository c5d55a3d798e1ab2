package org.cbrnsim.viz.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.cbrnsim.viz.report.ReportContent.Fact;
import org.cbrnsim.viz.report.ReportContent.KeyFigure;
import org.cbrnsim.viz.report.ReportContent.ObjectiveRow;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two renderers on content made by hand: scored objectives, many timeline rows, no charts. */
class ReportRenderingTest {

    @TempDir
    Path temp;

    private static ReportContent content(List<ObjectiveRow> objectives, int timelineRows) {
        List<TimelineRow> timeline = java.util.stream.IntStream.range(0, timelineRows)
                .mapToObj(i -> new TimelineRow(String.format("T+%02d:%02d", i / 60, i % 60), "02:40", "UA",
                        "Evacuation started", "place-" + i + ": 10 residents"))
                .toList();
        return new ReportContent("Test & \"scenario\"", List.of(new Fact("Seed", "3")), "Drill (tabletop exercise)",
                "Nothing much happened at the Port / ميناء.", List.of(new KeyFigure("Dead (at the end)", "0", "people")), objectives,
                objectives.isEmpty() ? ReportContents.NO_OBJECTIVES : "", List.of(), List.of(), "", List.of(), timeline, "",
                List.of("A limitation."), List.of(), OffsetDateTime.parse("2026-01-02T03:04:00+01:00"));
    }

    private static String html(ReportContent content) throws IOException {
        StringWriter out = new StringWriter();
        HtmlReport.write(content, out);
        return out.toString();
    }

    @Test
    void objectivesSayMetOrNotMetInWordsAndSymbols() throws IOException {
        ReportContent content = content(List.of(
                new ObjectiveRow("Warn the town", "warning ≤ 20 min", "18.5", true),
                new ObjectiveRow("Notify the neighbour", "before the border", "not measured", false)), 3);

        String html = html(content);
        assertTrue(html.contains("<td class=\"outcome\"><span aria-hidden=\"true\">✔</span> met</td>"), html);
        assertTrue(html.contains("<td class=\"outcome\"><span aria-hidden=\"true\">✘</span> not met</td>"), html);
        assertTrue(html.contains("<td>warning ≤ 20 min</td>"));
        assertFalse(html.contains(ReportContents.NO_OBJECTIVES));
        assertTrue(html.contains("<title>Test &amp; &quot;scenario&quot; — debrief</title>"));

        Path pdf = temp.resolve("report.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            PdfReport.write(content, out);
        }
        String text = PdfPages.text(pdf);
        assertTrue(text.contains("✔ met") && text.contains("✘ not met"), text);
        assertTrue(text.contains("warning ≤ 20 min"), text);
        assertTrue(text.contains("Nothing much happened at the Port / ….") && !text.contains("ميناء"),
                "text the font cannot show is not marked as left out: " + text);
        assertTrue(html.contains("Nothing much happened at the Port / ميناء."), "the HTML keeps every script");
    }

    @Test
    void aLongTimelineRepeatsItsHeaderOnEveryPage() throws IOException {
        Path pdf = temp.resolve("long.pdf");
        try (var out = Files.newOutputStream(pdf)) {
            PdfReport.write(content(List.of(), 120), out);
        }
        List<String> pages = PdfPages.texts(pdf);
        int timelinePages = 0;
        for (String page : pages) {
            if (page.contains("Evacuation started")) {
                timelinePages++;
                assertTrue(page.contains("Subject and detail"), "a timeline page without the header row");
            }
        }
        assertTrue(timelinePages >= 2, "120 rows should need more than one page, got " + timelinePages);
        assertTrue(pages.get(0).contains("Page 1 of " + pages.size()), pages.get(0));
        assertTrue(pages.get(pages.size() - 1).contains("Page " + pages.size() + " of " + pages.size()),
                pages.get(pages.size() - 1));
    }

    @Test
    void thePdfIsTheSameForTheSameContent() throws IOException {
        ReportContent content = content(List.of(new ObjectiveRow("o", "t", "1", true)), 5);
        ReportContent withChart = new ReportContent(content.title(), content.facts(), content.exercise(),
                content.summary(), content.keyFigures(), content.objectives(), content.objectivesNote(),
                content.exerciseObjectives(), List.of(TestCharts.chart("c", "C", "A chart.", 80, 40, Color.GREEN)),
                "", List.of(), content.timeline(), content.timelineNote(), content.limitations(), content.sources(),
                content.runStart());
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        PdfReport.write(withChart, first);
        PdfReport.write(withChart, second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
        String raw = first.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/CreationDate(D:20260102030400+01'00')"), "creation date is not the run's T0");
    }
}
