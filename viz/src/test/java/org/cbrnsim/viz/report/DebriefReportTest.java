package org.cbrnsim.viz.report;

import org.cbrnsim.viz.run.RunRecord;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cbrnsim.run.ScenarioRun;
import org.cbrnsim.scenario.ExerciseSpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;
import org.cbrnsim.viz.RenderedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The debrief of a real run of the shipped Dniester scenario (3 simulated hours) with two synthetic charts,
 * and an extra event whose actor and detail carry markup.
 */
class DebriefReportTest {

    private static final String HOSTILE_DETAIL = "<script>alert('x')</script>";
    private static final String HOSTILE_ACTOR = "<b>ops & co</b>";

    @TempDir
    static Path temp;

    private static Scenario scenario;
    private static Path runFolder;
    private static List<RenderedChart> charts;
    private static Map<String, String> otherFilesBefore;
    private static String html;
    private static byte[] pdf;

    @BeforeAll
    static void writeReport() throws IOException {
        scenario = ScenarioLoader.require(Path.of(System.getProperty("cbrnsim.repo"), "scenarios", "dniester-chlorine.yaml"));
        runFolder = ScenarioRun.run(scenario, 1, temp.resolve("results"), OptionalDouble.of(3 * 3600),
                ProgressLine.disabled()).folder();
        Files.writeString(runFolder.resolve("events.csv"), "3000,2026-03-14T03:30:00+02:00,warning_issued,\""
                + HOSTILE_ACTOR + "\",UA,area-x,\"" + HOSTILE_DETAIL + "\"\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        charts = List.of(TestCharts.chart("first", "First chart", "The first test chart.", 96, 64, Color.RED),
                TestCharts.chart("second", "Second chart", "The second test chart.", 64, 96, Color.BLUE));
        otherFilesBefore = digests(runFolder);
        DebriefReport.Written written = DebriefReport.write(RunRecord.read(runFolder), charts);
        assertEquals(runFolder.resolve("debrief.html"), written.html());
        assertEquals(runFolder.resolve("debrief.pdf"), written.pdf());
        html = Files.readString(written.html(), StandardCharsets.UTF_8);
        pdf = Files.readAllBytes(written.pdf());
    }

    @Test
    void theHtmlHasASectionForEachPartWithItsId() {
        for (String id : List.of("summary", "key-figures", "objectives", "charts", "timeline", "notes")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), "no section " + id);
            assertTrue(html.contains("<a href=\"#" + id + "\">"), "no contents entry for " + id);
        }
        assertTrue(html.indexOf("id=\"summary\"") < html.indexOf("id=\"key-figures\"")
                && html.indexOf("id=\"charts\"") < html.indexOf("id=\"timeline\"")
                && html.indexOf("id=\"timeline\"") < html.indexOf("id=\"notes\""), "sections out of order");
        assertTrue(html.contains("<section id=\"response\">") && html.contains("<a href=\"#response\">"),
                "the shipped scenario's responders get a Response section");
        assertTrue(html.indexOf("id=\"charts\"") < html.indexOf("id=\"response\"")
                && html.indexOf("id=\"response\"") < html.indexOf("id=\"timeline\""), "Response out of order");
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertTrue(html.contains("<h1>" + HtmlText.escape(scenario.name()) + "</h1>"));
    }

    @Test
    void theKeyFiguresAreSummaryJsonsKpis() throws IOException {
        JsonNode kpis = new ObjectMapper().readTree(runFolder.resolve("summary.json").toFile()).get("kpis");
        for (String name : List.of("released_kg", "dead", "icu", "admitted", "sought_care", "worried_well",
                "evacuated", "max_above_aegl3", "max_above_aegl2", "max_sheltered")) {
            String expected = String.format(Locale.ROOT, "%,d", Math.round(kpis.get(name).asDouble()));
            assertTrue(html.contains("<td class=\"number\">" + expected + "</td>"), name + " = " + expected + " missing");
        }
        long warningMinutes = Math.round(kpis.get("first_warning_s").asDouble()) / 60;
        String warning = String.format(Locale.ROOT, "T+%02d:%02d", warningMinutes / 60, warningMinutes % 60);
        assertTrue(html.contains("<td class=\"number\">" + warning + " ("), "first warning " + warning + " missing");
        assertTrue(html.contains(String.format(Locale.ROOT, "%,d", Math.round(kpis.get("dead").asDouble()))
                + " people had died"), "the summary does not give the dead");
    }

    @Test
    void theChartsAreEmbeddedInOrderAsDataUris() {
        Matcher images = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\" alt=\"([^\"]*)\" "
                + "width=\"(\\d+)\" height=\"(\\d+)\">").matcher(html);
        List<byte[]> embedded = new ArrayList<>();
        while (images.find()) {
            embedded.add(Base64.getDecoder().decode(images.group(1)));
            RenderedChart chart = charts.get(embedded.size() - 1);
            assertEquals(HtmlText.escape(chart.title() + ". " + chart.caption()), images.group(2));
            assertEquals(chart.widthPx(), Integer.parseInt(images.group(3)));
            assertEquals(chart.heightPx(), Integer.parseInt(images.group(4)));
        }
        assertEquals(2, embedded.size());
        assertArrayEquals(charts.get(0).png(), embedded.get(0));
        assertArrayEquals(charts.get(1).png(), embedded.get(1));
        assertTrue(html.indexOf("<figcaption>The first test chart.</figcaption>")
                < html.indexOf("<figcaption>The second test chart.</figcaption>"));
    }

    @Test
    void theHtmlNeedsNothingFromOutside() {
        assertFalse(Pattern.compile("(?i)https?://|//[a-z0-9.-]+\\.[a-z]{2,}/").matcher(html).find(),
                "the HTML refers to something outside itself");
        assertFalse(Pattern.compile("(?i)<(script|link|iframe|object|embed)\\b|@import|url\\(").matcher(html).find(),
                "the HTML loads scripts, styles or fonts");
        Matcher sources = Pattern.compile("(?i)\\ssrc=\"([^\"]*)\"").matcher(html);
        while (sources.find()) {
            assertTrue(sources.group(1).startsWith("data:image/png;base64,"), "external source " + sources.group(1));
        }
    }

    @Test
    void eventTextIsEscaped() {
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), "the detail is not escaped");
        assertTrue(html.contains("&lt;b&gt;ops &amp; co&lt;/b&gt;"), "the actor is not escaped");
        assertFalse(html.contains(HOSTILE_DETAIL));
        assertFalse(html.contains("<b>"));
    }

    @Test
    void withoutScoredObjectivesTheExercisesObjectivesAreListed() {
        assertTrue(html.contains(HtmlText.escape(ReportContents.NO_OBJECTIVES)));
        assertFalse(scenario.exercise().objectives().isEmpty(), "the shipped scenario should have objectives");
        for (ExerciseSpec.Objective objective : scenario.exercise().objectives()) {
            assertTrue(html.contains("<li>" + HtmlText.escape(objective.text()) + "</li>"), objective.id());
        }
    }

    @Test
    void theNotesListTheScenariosSources() {
        assertFalse(scenario.sources().isEmpty());
        String notes = html.substring(html.indexOf("<section id=\"notes\">"));
        for (String source : scenario.sources()) {
            assertTrue(notes.contains("<li>" + HtmlText.escape(source) + "</li>"), source);
        }
    }

    @Test
    void thePdfRendersToPagesWithContent() throws IOException {
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        List<BufferedImage> images = PdfPages.images(runFolder.resolve("debrief.pdf"));
        assertTrue(images.size() >= 2, "expected at least 2 pages, got " + images.size());
        for (int i = 0; i < images.size(); i++) {
            BufferedImage page = images.get(i);
            assertTrue(page.getWidth() > page.getHeight(), "page " + (i + 1) + " is not landscape");
            assertTrue(PdfPages.inkShare(page) > 0.002, "page " + (i + 1) + " is blank");
        }
    }

    @Test
    void thePdfSaysWhatTheHtmlSays() throws IOException {
        String text = PdfPages.text(runFolder.resolve("debrief.pdf"));
        for (ReportSection section : ReportSection.values()) {
            assertTrue(text.contains(section.heading()), "no heading " + section.heading());
        }
        JsonNode kpis = new ObjectMapper().readTree(runFolder.resolve("summary.json").toFile()).get("kpis");
        assertTrue(text.contains(String.format(Locale.ROOT, "%,d", Math.round(kpis.get("max_above_aegl3").asDouble()))));
        assertTrue(text.contains("The first test chart.") && text.contains("The second test chart."));
        assertTrue(text.contains(HOSTILE_DETAIL), "the PDF shows the detail as written");
        assertTrue(text.contains("Могилів-Подільський"), "Cyrillic place names are missing from the PDF");
        assertTrue(text.contains("Page 1 of "), "no page numbers");
    }

    @Test
    void aRebuildReplacesOnlyTheReportWithTheSameBytes() throws IOException {
        DebriefReport.write(RunRecord.read(runFolder), charts);
        assertEquals(html, Files.readString(runFolder.resolve("debrief.html"), StandardCharsets.UTF_8));
        assertArrayEquals(pdf, Files.readAllBytes(runFolder.resolve("debrief.pdf")), "the PDF differs on a rebuild");
        Map<String, String> after = digests(runFolder);
        after.remove("debrief.html");
        after.remove("debrief.pdf");
        assertEquals(otherFilesBefore, after, "other files of the run folder changed, or temporary files were left");
    }

    /** Every file in the folder (recursively) by relative name, with its SHA-256. */
    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                digests.put(folder.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
