package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.run.GeneratedRuns;
import org.cbrnsim.viz.run.RunRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.jfree.chart.ChartRenderingInfo;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import java.awt.Rectangle;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rendered debrief charts of two generated runs, judged as a person would look at them. */
class ChartImagesTest {

    @TempDir
    static Path results;
    static final Map<String, RunRecord> RUNS = new HashMap<>();
    static final Map<String, List<RenderedChart>> CHARTS = new HashMap<>();

    @BeforeAll
    static void render() {
        for (String scenario : List.of("dniester-chlorine", "aqaba-chlorine")) {
            RunRecord run = RunRecord.read(GeneratedRuns.run(scenario, results));
            RUNS.put(scenario, run);
            CHARTS.put(scenario, ChartRenderer.renderAll(run));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine", "aqaba-chlorine"})
    void everyChartIsDrawnInCatalogueOrder(String scenario) {
        List<String> ids = CHARTS.get(scenario).stream().map(RenderedChart::id).toList();
        assertEquals(List.of("map", "cloud-series", "exposure", "casualties", "protective-actions", "timeline",
                "response-times", "units-busy", "unit-tasks", "decon-queue", "triage", "hospital-occupancy"), ids);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine", "aqaba-chlorine"})
    void imagesHaveTheirSizeAndAreNotBlank(String scenario) {
        for (RenderedChart chart : CHARTS.get(scenario)) {
            Pixels png = Pixels.of(chart.png());
            assertEquals(chart.widthPx(), png.width(), chart.id());
            assertEquals(chart.heightPx(), png.height(), chart.id());
            assertTrue(png.distinctColours() > 50, chart.id() + ": " + png.distinctColours() + " colours");
            double inked = png.inkedShare();
            assertTrue(inked > 0.03 && inked < 0.9, chart.id() + ": " + inked + " of the pixels not white");
            assertFalse(chart.caption().isBlank(), chart.id());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine", "aqaba-chlorine"})
    void svgIsAnSvgDocumentWithText(String scenario) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (RenderedChart chart : CHARTS.get(scenario)) {
            Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(chart.svg().getBytes(StandardCharsets.UTF_8)));
            assertEquals("svg", svg.getDocumentElement().getLocalName(), chart.id());
            assertEquals("http://www.w3.org/2000/svg", svg.getDocumentElement().getNamespaceURI(), chart.id());
            assertTrue(svg.getElementsByTagNameNS("*", "text").getLength() > 5, chart.id() + ": text drawn as text");
            assertTrue(svg.getDocumentElement().getTextContent().contains(chart.title()), chart.id() + ": title in the SVG");
        }
    }

    /**
     * Both runs have all three footprints: the map (its plot area, not the legend) shows dark red, orange and yellow
     * areas. The colours are told by channel ranges, not by the palette's constants, so a zone drawn in another colour
     * or not at all fails.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dniester-chlorine", "aqaba-chlorine"})
    void mapShowsTheThreeZoneColours(String scenario) {
        assertEquals(3, RUNS.get(scenario).zones().size());
        RenderedChart rendered = chart(scenario, "map");
        ChartRenderingInfo info = new ChartRenderingInfo();
        new IncidentMapChart().draw(RUNS.get(scenario)).orElseThrow()
                .createBufferedImage(rendered.widthPx(), rendered.heightPx(), info);
        Rectangle plotArea = info.getPlotInfo().getDataArea().getBounds();
        Pixels map = Pixels.of(rendered.png());
        int red = map.count(rgb -> Pixels.red(rgb) > 140 && Pixels.green(rgb) < 90 && Pixels.blue(rgb) < 90, plotArea);
        int orange = map.count(rgb -> Pixels.red(rgb) > 200 && Pixels.green(rgb) > 110 && Pixels.green(rgb) < 190
                && Pixels.blue(rgb) < 110, plotArea);
        int yellow = map.count(rgb -> Pixels.red(rgb) > 220 && Pixels.green(rgb) > 200 && Pixels.blue(rgb) < 150, plotArea);
        int least = 40;
        assertTrue(red > least && orange > least && yellow > least,
                "zone pixels: red " + red + ", orange " + orange + ", yellow " + yellow);
    }

    @Test
    void dniesterTimeChartsHaveOnePanelPerCountry() {
        RunRecord run = RUNS.get("dniester-chlorine");
        for (DebriefChart chart : List.of(new ExposureChart(), new CasualtiesChart(), new ProtectiveActionChart())) {
            PanelGridPlot row = (PanelGridPlot) chart.draw(run).orElseThrow().getPlot();
            assertEquals(List.of("Ukraine (UA)", "Moldova (MD)"), row.titles(), chart.id());
        }
    }

    @Test
    void aqabaHasOneCountryAndOnePlot() {
        RunRecord run = RUNS.get("aqaba-chlorine");
        assertTrue(new ExposureChart().draw(run).orElseThrow().getPlot() instanceof org.jfree.chart.plot.XYPlot);
    }

    @Test
    void captionsSayWhatTheRunShows() {
        Map<String, String> captions = CHARTS.get("dniester-chlorine").stream()
                .collect(Collectors.toMap(RenderedChart::id, RenderedChart::caption));
        assertTrue(captions.get("map").contains("AEGL-3"), captions.get("map"));
        assertTrue(captions.get("cloud-series").contains("T+00:15"), captions.get("cloud-series"));
    }

    private static RenderedChart chart(String scenario, String id) {
        return CHARTS.get(scenario).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}
