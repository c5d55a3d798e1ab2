package org.cbrnsim.viz.report;

import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.chart.ChartRenderer;
import org.cbrnsim.viz.report.ReportContent.TimelineRow;
import org.cbrnsim.viz.run.ResponseRuns;
import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.RunTimeSeries;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.cbrnsim.viz.run.ResponseRuns.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The debrief of the synthetic run with responders ({@link ResponseRuns}): a Response section with its paragraph and
 * the six response charts, the milestones in the timeline once per country; and none of it for a run without
 * responders.
 */
class ResponseReportTest {

    private static final List<String> RESPONSE_IDS = List.of("response-times", "units-busy", "unit-tasks",
            "decon-queue", "triage", "hospital-occupancy");

    @TempDir
    static Path results;
    static RunRecord run;
    static ReportContent content;
    static String html;
    static String pdfText;

    @BeforeAll
    static void write() throws IOException {
        run = ResponseRuns.write(results, 0);
        List<RenderedChart> charts = ChartRenderer.renderAll(run);
        content = ReportContents.from(run, charts);
        DebriefReport.Written written = DebriefReport.write(run, charts);
        html = Files.readString(written.html(), StandardCharsets.UTF_8);
        pdfText = PdfPages.text(written.pdf());
    }

    @Test
    void theResponseChartsHaveTheirOwnSection() {
        assertEquals(RESPONSE_IDS, content.responseCharts().stream().map(RenderedChart::id).toList());
        assertTrue(content.charts().stream().noneMatch(c -> RESPONSE_IDS.contains(c.id())));
        assertEquals(List.of(ReportSection.SUMMARY, ReportSection.KEY_FIGURES, ReportSection.OBJECTIVES,
                ReportSection.CHARTS, ReportSection.RESPONSE, ReportSection.TIMELINE, ReportSection.NOTES),
                content.sections());
        int response = html.indexOf("<section id=\"response\">");
        int timeline = html.indexOf("<section id=\"timeline\">");
        assertTrue(response > html.indexOf("<section id=\"charts\">") && timeline > response);
        assertTrue(html.contains("<a href=\"#response\">Response</a>"));
        for (String id : RESPONSE_IDS) {
            int figure = html.indexOf("<figure class=\"chart\" id=\"chart-" + id + "\">");
            assertTrue(figure > response && figure < timeline, id + " in the Response section");
        }
        for (RenderedChart chart : content.responseCharts()) {
            assertTrue(pdfText.contains(chart.title()), chart.title() + " in the PDF");
        }
        assertTrue(pdfText.contains("5 Response"), "the PDF's contents list the Response section");
    }

    /** The opening paragraph, figures as the report writes them: times on both clocks, counts with separators. */
    @Test
    void theParagraphSaysWhenAndHowMany() {
        String text = content.responseText();
        assertTrue(text.startsWith("The first emergency call reached dispatch at T+00:07 (02:47) in UA and T+00:25"
                + " (03:05) in MD."), text);
        assertTrue(text.contains("23 unit arrivals in all"), text);
        assertTrue(text.contains("The cordon stood at T+00:37 (03:17) (hot zone to 500 m, warm zone to 2000 m)"), text);
        assertTrue(text.contains("4 in all"), "four decontamination lines: " + text);
        assertTrue(text.contains("300 patients were triaged, 264 taken to hospital by ambulance and 294 admitted (30"
                + " arriving on their own without decontamination)"), text);
        assertTrue(text.contains("6 patients died before reaching care, the first at T+00:59 (03:39), and 4 in"
                + " hospital."), text);
        assertTrue(text.contains("1 hospital reached crisis capacity; 2 patients were diverted from a full hospital, 1"
                + " finding no hospital with room."), text);
        assertTrue(text.endsWith("2 responders were hurt by the gas."), text);
        assertTrue(html.contains("<p>" + HtmlText.escape(text) + "</p>"));
    }

    @Test
    void aRunWithRespondersButNoCallSaysSo() {
        RunRecord quiet = ResponseRuns.of(List.of(), new RunTimeSeries(new double[]{0}, Map.of()), 3600);
        assertEquals("No emergency call reached a dispatch centre during the run, so no unit was sent.",
                ResponseParagraph.of(quiet, new ReportClock(quiet.summary().start())));
        List<RunEvent> one = List.of(event(300, "first_call", "", "UA", "tank", ""),
                event(345, "unit_on_scene", "amb-mp-1", "UA", "tank", "ambulance on scene 45 s after the call"),
                event(400, "responders_injured", "amb-mp-1", "UA", "amb-mp-1", "1 crew member hurt, worst admitted"));
        RunRecord quick = ResponseRuns.of(one, new RunTimeSeries(new double[]{0}, Map.of()), 3600);
        assertEquals("The first emergency call reached dispatch at T+00:05 (02:45) in UA. The first unit, amb-mp-1"
                + " (ambulance), was on scene at T+00:05 (02:45), 45 s after the call; no other unit arrived. 1"
                + " responder was hurt by the gas.",
                ResponseParagraph.of(quick, new ReportClock(quick.summary().start())));
    }

    /** First call, first unit on scene, cordon, decon, first admitted, first death before care: once per country. */
    @Test
    void theTimelineHasTheMilestonesButNotEveryPatient() {
        List<TimelineRow> rows = content.timeline();
        Map<String, Long> perCountry = Map.of("First emergency call reached dispatch", 2L, "First unit on scene", 2L,
                "Cordon set", 1L, "First decontamination line open", 2L, "First patient admitted", 2L,
                "First death before care", 2L);
        perCountry.forEach((event, count) -> assertEquals(count, rows.stream().filter(r -> r.event().equals(event))
                .count(), event));
        assertEquals(2, rows.stream().filter(r -> r.event().equals("First unit on scene"))
                .map(TimelineRow::country).distinct().count());
        assertTrue(rows.size() < 25, rows.size() + " rows");
        assertTrue(content.timelineNote().contains("of the run's " + FigureText.whole(run.events().size()) + " events"),
                content.timelineNote());
    }

    @Test
    void aRunWithoutRespondersDoesNotMentionThem() throws IOException {
        RunRecord without = ResponseRuns.withoutResponders(run);
        List<RenderedChart> charts = ChartRenderer.renderAll(without);
        ReportContent plain = ReportContents.from(without, charts);
        assertEquals("", plain.responseText());
        assertTrue(plain.responseCharts().isEmpty());
        assertFalse(plain.sections().contains(ReportSection.RESPONSE));
        String plainHtml = Files.readString(DebriefReport.write(without, charts).html(), StandardCharsets.UTF_8);
        assertFalse(plainHtml.contains("id=\"response\"") || plainHtml.contains("#response"));
        assertFalse(plainHtml.contains("Response times by unit type"));
        assertTrue(plain.limitations().stream().anyMatch(n -> n.startsWith("Responders, hospitals")));
        assertTrue(content.limitations().contains(ReportContents.NOT_MODELLED_WITH_RESPONDERS));
    }
}
