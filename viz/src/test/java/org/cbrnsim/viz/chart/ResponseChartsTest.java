package org.cbrnsim.viz.chart;

import org.cbrnsim.record.UnitOnScene;
import org.cbrnsim.record.UnitTaskStarted;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.response.UnitTask;
import org.cbrnsim.scenario.HospitalSpec;
import org.cbrnsim.scenario.ResponseSpec;
import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.run.ResponseRuns;
import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.RunTimeSeries;
import org.cbrnsim.viz.run.UnitRoster;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response charts of a synthetic run with responders ({@link ResponseRuns}: its files written by the engine's
 * writers and read back), checked on what they draw: rows, series and values against the run's files.
 */
class ResponseChartsTest {

    private static final List<String> RESPONSE_IDS = List.of("response-times", "units-busy", "unit-tasks",
            "decon-queue", "triage", "hospital-occupancy");

    @TempDir
    static Path results;
    static RunRecord run;
    static RunRecord many;
    static List<RenderedChart> rendered;

    @BeforeAll
    static void write() {
        run = ResponseRuns.write(results, 0);
        many = ResponseRuns.write(results, 40);
        rendered = ChartRenderer.renderAll(run);
    }

    private static JFreeChart drawn(DebriefChart chart, RunRecord record) {
        return chart.draw(record).orElseThrow(() -> new AssertionError(chart.id() + " not drawn"));
    }

    private static List<String> seriesNames(XYDataset data) {
        return IntStream.range(0, data.getSeriesCount()).mapToObj(s -> data.getSeriesKey(s).toString()).toList();
    }

    private static double[] column(String name) {
        return run.timeSeries().column(name).orElseThrow();
    }

    @Test
    void everyResponseChartIsDrawnAfterTheIncidentsAndLooksLikeTheOthers() throws Exception {
        List<String> ids = rendered.stream().map(RenderedChart::id).toList();
        assertEquals(RESPONSE_IDS, ids.subList(ids.size() - RESPONSE_IDS.size(), ids.size()));
        assertEquals(RESPONSE_IDS, ChartCatalogue.response().stream().map(DebriefChart::id).toList());
        for (RenderedChart chart : rendered.stream().filter(c -> RESPONSE_IDS.contains(c.id())).toList()) {
            Pixels png = Pixels.of(chart.png());
            assertEquals(chart.widthPx(), png.width(), chart.id());
            assertEquals(chart.heightPx(), png.height(), chart.id());
            assertTrue(png.distinctColours() > 50, chart.id() + ": " + png.distinctColours() + " colours");
            double inked = png.inkedShare();
            assertTrue(inked > 0.03 && inked < 0.9, chart.id() + ": " + inked + " of the pixels not white");
            assertTrue(chart.svg().startsWith("<svg") && chart.svg().contains(chart.title()), chart.id());
            assertFalse(chart.caption().isBlank(), chart.id());
        }
        for (DebriefChart chart : ChartCatalogue.response()) {
            JFreeChart drawn = drawn(chart, run);
            assertTrue(drawn.getTitle().getFont().getSize() >= 12, chart.id());
            Font legend = drawn.getLegend() == null ? null : drawn.getLegend().getItemFont();
            assertTrue(legend == null || legend.getSize() >= 12, chart.id());
            for (XYPlot plot : plots(drawn)) {
                assertTrue(plot.getDomainAxis().getTickLabelFont().getSize() >= 12, chart.id());
                assertTrue(plot.getRangeAxis().getTickLabelFont().getSize() >= 12, chart.id());
            }
        }
    }

    @Test
    void aRunWithoutRespondersHasNoneOfThem() {
        RunRecord without = ResponseRuns.withoutResponders(run);
        for (DebriefChart chart : ChartCatalogue.response()) {
            assertTrue(chart.draw(without).isEmpty(), chart.id());
        }
        List<String> ids = ChartRenderer.renderAll(without).stream().map(RenderedChart::id).toList();
        assertTrue(ids.stream().noneMatch(RESPONSE_IDS::contains), ids.toString());
        SymbolAxis lanes = (SymbolAxis) ((XYPlot) drawn(new TimelineChart(), without).getPlot()).getRangeAxis();
        assertFalse(Arrays.asList(lanes.getSymbols()).contains("Response"));
        assertFalse(new TimelineChart().caption(without).contains("emergency call"));
    }

    /** One row per unit type with arrivals, one dot per unit_on_scene event at its response time in minutes. */
    @Test
    void responseTimesHaveARowPerTypeAndADotPerArrival() {
        XYPlot plot = (XYPlot) drawn(new ResponseTimesChart(), run).getPlot();
        assertEquals(List.of("fire-engine", "hazmat", "decontamination", "detection", "ambulance", "police", "command"),
                Arrays.asList(((SymbolAxis) plot.getRangeAxis()).getSymbols()));
        Map<String, List<Double>> expected = new LinkedHashMap<>();
        Pattern detail = Pattern.compile("(\\S+) on scene (\\d+) s after the call");
        for (RunEvent event : run.events()) {
            if (event.type().equals(UnitOnScene.TYPE)) {
                Matcher m = detail.matcher(event.detail());
                assertTrue(m.matches(), event.detail());
                expected.computeIfAbsent(m.group(1), t -> new ArrayList<>()).add(Long.parseLong(m.group(2)) / 60.0);
            }
        }
        XYDataset dots = plot.getDataset();
        assertEquals(23, IntStream.range(0, dots.getSeriesCount()).map(dots::getItemCount).sum());
        for (int s = 0; s < dots.getSeriesCount(); s++) {
            List<Double> drawn = new ArrayList<>();
            for (int i = 0; i < dots.getItemCount(s); i++) {
                drawn.add(dots.getXValue(s, i));
                assertEquals(s, dots.getYValue(s, i), 0.2, "a dot stays in its row");
            }
            List<Double> wanted = new ArrayList<>(expected.get(dots.getSeriesKey(s).toString()));
            wanted.sort(Double::compare);
            assertEquals(wanted, drawn, dots.getSeriesKey(s).toString());
        }
        List<Double> ambulances = new ArrayList<>(expected.get("ambulance"));
        ambulances.sort(Double::compare);
        double median = (ambulances.get(4) + ambulances.get(5)) / 2;
        assertTrue(labels(plot).contains("n = 10, median " + Math.round(median) + " min"), labels(plot).toString());
    }

    private static List<String> labels(XYPlot plot) {
        List<String> texts = new ArrayList<>();
        for (XYAnnotation annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text) {
                texts.add(text.getText());
            }
        }
        return texts;
    }

    /** The busy bands of the types that were ever busy, then the available units: together, the whole fleet. */
    @Test
    void unitsBusyStackUpToTheFleet() {
        XYPlot plot = (XYPlot) drawn(new UnitsBusyChart(), run).getPlot();
        XYDataset bands = plot.getDataset();
        assertEquals(List.of("fire-engine busy", "hazmat busy", "decontamination busy", "detection busy",
                "ambulance busy", "police busy", "command busy", "available"), seriesNames(bands),
                "military-cbrn is never busy in this run");
        double[] busy = column("units_busy");
        for (int row = 0; row < bands.getItemCount(0); row++) {
            double total = 0;
            double busyTotal = 0;
            for (int s = 0; s < bands.getSeriesCount(); s++) {
                total += bands.getYValue(s, row);
                busyTotal += s < bands.getSeriesCount() - 1 ? bands.getYValue(s, row) : 0;
            }
            assertEquals(23, total, "row " + row);
            assertEquals(busy[row], busyTotal, "row " + row);
        }
        assertTrue(new UnitsBusyChart().caption(run).contains("of the 23 units were busy at once"),
                new UnitsBusyChart().caption(run));
    }

    /** One row per unit in the scenario's order, a bar per task but the time available, each to the next task. */
    @Test
    void unitTasksHaveARowPerUnitAndABarPerTask() {
        XYPlot plot = (XYPlot) drawn(new UnitTasksChart(), run).getPlot();
        List<String> rows = Arrays.asList(((SymbolAxis) plot.getRangeAxis()).getSymbols());
        assertEquals(UnitRoster.of(run.scenario()).unitIds(), rows);
        XYDataset bars = plot.getDataset();
        long taskEvents = run.events().stream().filter(e -> e.type().equals(UnitTaskStarted.TYPE)
                && !e.detail().equals(UnitTask.AVAILABLE.label())).count();
        assertEquals(taskEvents, IntStream.range(0, bars.getSeriesCount()).map(bars::getItemCount).sum());
        assertFalse(seriesNames(bars).contains("available"));
        int cordon = seriesNames(bars).indexOf("cordon");
        XYItemRenderer renderer = plot.getRenderer();
        assertEquals(ResponsePalette.of(UnitTask.CORDON), renderer.getSeriesPaint(cordon));
        org.jfree.data.xy.IntervalXYDataset intervals = (org.jfree.data.xy.IntervalXYDataset) bars;
        for (int i = 0; i < bars.getItemCount(cordon); i++) {
            assertEquals(ResponseRuns.END_S, intervals.getEndXValue(cordon, i), "police hold the cordon to the end");
            assertTrue(rows.get((int) bars.getYValue(cordon, i)).startsWith("pol-mp-"));
        }
    }

    /** With 63 units, 30 rows: every type keeps a row; the caption and subtitle say how many were left out. */
    @Test
    void unitTasksKeepThirtyRowsAndEveryType() {
        JFreeChart chart = drawn(new UnitTasksChart(), many);
        List<String> rows = Arrays.asList(((SymbolAxis) ((XYPlot) chart.getPlot()).getRangeAxis()).getSymbols());
        assertEquals(UnitTasksChart.MAX_ROWS, rows.size());
        UnitRoster roster = UnitRoster.of(many.scenario());
        assertEquals(roster.unitIds().stream().map(u -> roster.type(u).orElseThrow()).distinct().count(),
                rows.stream().map(u -> roster.type(u).orElseThrow()).distinct().count(), "a row for every type");
        assertEquals(rows.stream().sorted((a, b) -> roster.order(a) - roster.order(b)).toList(), rows);
        assertTrue(new UnitTasksChart().caption(many).contains("30 of the 63 units are drawn"),
                new UnitTasksChart().caption(many));
        assertTrue(IntStream.range(0, chart.getSubtitleCount()).mapToObj(chart::getSubtitle)
                .filter(t -> t instanceof org.jfree.chart.title.TextTitle)
                .anyMatch(t -> ((org.jfree.chart.title.TextTitle) t).getText().contains("30 of 63 units")));
    }

    @Test
    void deconQueueHasTheTotalAndEachLine() {
        XYPlot plot = (XYPlot) drawn(new DeconQueueChart(), run).getPlot();
        XYDataset lines = plot.getDataset();
        assertEquals(List.of("line decon-mp-1", "line decon-mp-2", "line hazmat-vin", "line decon-md",
                "all, with those waiting for a line to open"), seriesNames(lines));
        double[] total = column("decon_queue");
        double[] md = column("decon_queue_decon-md");
        for (int row = 0; row < total.length; row++) {
            assertEquals(total[row], lines.getYValue(4, row));
            assertEquals(md[row], lines.getYValue(3, row));
        }
    }

    /** Of ten lines, the eight with the longest queues get a line of their own; the caption says so. */
    @Test
    void deconQueueKeepsTheLongestLines() {
        double[] times = {0, 60, 120};
        Map<String, double[]> columns = new LinkedHashMap<>();
        columns.put("decon_queue", new double[]{0, 55, 0});
        for (int line = 1; line <= 10; line++) {
            columns.put("decon_queue_line-" + line, new double[]{0, line, 0});
        }
        RunRecord tenLines = ResponseRuns.of(List.of(), new RunTimeSeries(times, columns), 3600);
        List<String> names = seriesNames(((XYPlot) drawn(new DeconQueueChart(), tenLines).getPlot()).getDataset());
        assertEquals(1 + DeconQueueChart.MAX_LINES, names.size());
        assertFalse(names.contains("line line-1") || names.contains("line line-2"), names.toString());
        assertTrue(names.contains("line line-3") && names.contains("line line-10"), names.toString());
        assertTrue(new DeconQueueChart().caption(tenLines).contains("the other 2 are in the total"));
    }

    @Test
    void triageLinesWearTheirTagsColours() {
        XYPlot plot = (XYPlot) drawn(new TriageChart(), run).getPlot();
        XYDataset lines = plot.getDataset();
        assertEquals(List.of("immediate (red)", "delayed (yellow)", "minor (green)", "expectant (grey)",
                "deceased (black)"), seriesNames(lines));
        TriageCategory[] order = {TriageCategory.IMMEDIATE, TriageCategory.DELAYED, TriageCategory.MINOR,
                TriageCategory.EXPECTANT, TriageCategory.DECEASED};
        for (int s = 0; s < order.length; s++) {
            assertEquals(ResponsePalette.of(order[s]), plot.getRenderer().getSeriesPaint(s), order[s].label());
            double[] values = column("patients_" + order[s].label());
            for (int row = 0; row < values.length; row++) {
                assertEquals(values[row], lines.getYValue(s, row));
            }
        }
        Color red = (Color) ResponsePalette.of(TriageCategory.IMMEDIATE);
        assertTrue(red.getRed() > 200 && red.getGreen() < 60 && red.getBlue() < 60, "immediate is red");
        Color yellow = (Color) ResponsePalette.of(TriageCategory.DELAYED);
        assertTrue(yellow.getRed() > 200 && yellow.getGreen() > 180 && yellow.getBlue() < 80, "delayed is yellow");
        Color green = (Color) ResponsePalette.of(TriageCategory.MINOR);
        assertTrue(green.getGreen() > green.getRed() + 60 && green.getGreen() > green.getBlue() + 60, "minor is green");
    }

    /** A panel per hospital: the surge tiers' capacities as bands, the occupied beds as the line over them. */
    @Test
    void hospitalOccupancyHasAPanelPerHospitalWithItsTiers() {
        PanelGridPlot grid = (PanelGridPlot) drawn(new HospitalOccupancyChart(), run).getPlot();
        assertEquals(List.of("Mohyliv-Podilskyi District Hospital of Intensive Treatment", "Ocnița District Hospital",
                "Soroca District Hospital \"Anatolie Prisacari\""), grid.titles());
        for (int h = 0; h < grid.panels().size(); h++) {
            XYPlot panel = grid.panels().get(h);
            String hospital = ResponseRuns.HOSPITALS.get(h);
            assertEquals(List.of("crisis capacity", "contingency capacity", "conventional capacity"),
                    seriesNames(panel.getDataset(0)));
            XYDataset occupied = panel.getDataset(1);
            double[] beds = column("hospital_occupied_" + hospital);
            double[] crisis = column("hospital_crisis_" + hospital);
            for (int row = 0; row < beds.length; row++) {
                assertEquals(beds[row], occupied.getYValue(0, row));
                assertEquals(crisis[row], panel.getDataset(0).getYValue(0, row));
            }
            assertTrue(panel.getRangeAxis().getUpperBound() >= Arrays.stream(crisis).max().orElseThrow());
        }
        assertEquals(List.of("beds occupied", "conventional capacity", "contingency capacity", "crisis capacity"),
                IntStream.range(0, grid.getLegendItems().getItemCount())
                        .mapToObj(i -> grid.getLegendItems().get(i).getLabel()).toList());
    }

    /** Of eight hospitals, the six filled furthest beyond their conventional beds, in scenario order. */
    @Test
    void hospitalOccupancyShowsAtMostSixHospitals() {
        List<HospitalSpec> hospitals = new ArrayList<>();
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int h = 1; h <= 8; h++) {
            hospitals.add(new HospitalSpec("h-" + h, 100, 10, 5, 0.8, ""));
            columns.put("hospital_occupied_h-" + h, new double[]{80, 80 + 5 * ((h * 3) % 8)});
            columns.put("hospital_conventional_h-" + h, new double[]{100, 100});
        }
        RunRecord eight = ResponseRuns.of(List.of(), new RunTimeSeries(new double[]{0, 60}, columns), 3600);
        ResponseSpec response = new ResponseSpec(eight.scenario().response().agencies(), hospitals,
                eight.scenario().response().parameters());
        eight = new RunRecord(eight.folder(), ResponseRuns.withResponse(eight.scenario(), response), eight.events(),
                eight.timeSeries(), eight.summary(), eight.zones(), eight.cloud());
        // peaks 80 + 5·(3h mod 8): h-1 95, h-2 110, h-3 85, h-4 100, h-5 115, h-6 90, h-7 105, h-8 80
        assertEquals(List.of("h-1", "h-2", "h-4", "h-5", "h-6", "h-7"), HospitalOccupancyChart.shown(eight));
        assertEquals(6, ((PanelGridPlot) drawn(new HospitalOccupancyChart(), eight).getPlot()).panels().size());
        assertTrue(new HospitalOccupancyChart().caption(eight).contains("6 of the 8 hospitals are shown"));
    }

    /** The timeline's Response lane shows the first of each milestone per country, not every arrival or patient. */
    @Test
    void timelineShowsTheResponseMilestonesOncePerCountry() {
        List<String> texts = TimelineEntry.of(run).stream().map(TimelineEntry::text).toList();
        for (String milestone : List.of("first call (UA)", "first call (MD)", "first unit on scene (UA)",
                "first unit on scene (MD)", "cordon (UA)", "decon open (UA)", "decon open (MD)", "first admitted (UA)",
                "first admitted (MD)", "first died before care (UA)", "first died before care (MD)")) {
            assertEquals(1, texts.stream().filter(t -> t.endsWith(" " + milestone)).count(), milestone + " in " + texts);
        }
        SymbolAxis lanes = (SymbolAxis) ((XYPlot) drawn(new TimelineChart(), run).getPlot()).getRangeAxis();
        assertEquals(List.of("Release", "Weather", "Cloud", "Warning", "Evacuation", "Response", "Casualties"),
                Arrays.asList(lanes.getSymbols()));
        assertTrue(new TimelineChart().caption(run).contains("first emergency call"));
    }

    /**
     * The Response lane is crowded (eleven milestones in the first two hours): still no label covers another label or a
     * mark, and none is cut off by the plot's edge.
     */
    @Test
    void timelineLabelsNeitherOverlapNorHideMarks() {
        for (RunRecord record : List.of(run, many)) {
            JFreeChart chart = drawn(new TimelineChart(), record);
            TimelineChart timeline = new TimelineChart();
            BufferedImage image = new BufferedImage(timeline.widthPx(), timeline.heightPx(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g2 = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g2, new java.awt.Rectangle(0, 0, timeline.widthPx(), timeline.heightPx()), info);
            XYPlot plot = (XYPlot) chart.getPlot();
            TimelineLabels labels = (TimelineLabels) plot.getAnnotations().stream()
                    .filter(a -> a instanceof TimelineLabels).findFirst().orElseThrow();
            java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
            TimelineLabels.Layout layout = labels.layout(g2, plot, area, plot.getDomainAxis(), plot.getRangeAxis());
            List<java.awt.geom.Rectangle2D> boxes = layout.labels();
            assertTrue(boxes.size() >= 15, boxes.size() + " labels");
            for (int i = 0; i < boxes.size(); i++) {
                assertTrue(area.contains(boxes.get(i)), "label " + i + " cut off");
                for (int j = i + 1; j < boxes.size(); j++) {
                    assertFalse(boxes.get(i).intersects(boxes.get(j)), "labels " + i + " and " + j + " overlap");
                }
                for (java.awt.geom.Point2D mark : layout.marks()) {
                    assertFalse(boxes.get(i).intersects(mark.getX() - 6, mark.getY() - 6, 12, 12),
                            "label " + i + " hides a mark");
                }
            }
            g2.dispose();
        }
    }

    /** A panel title too wide for its panel is cut at a word and marked "…". */
    @Test
    void panelTitlesFitTheirPanel() {
        FontMetrics metrics = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(DebriefStyle.PANEL_TITLE);
        String title = "Mohyliv-Podilskyi District Hospital of Intensive Treatment";
        String fitted = PanelGridPlot.fitted(title, metrics, 300);
        assertTrue(metrics.stringWidth(fitted) <= 300, fitted);
        assertTrue(fitted.endsWith("…") && title.startsWith(fitted.substring(0, fitted.length() - 1)), fitted);
        assertFalse(fitted.substring(0, fitted.length() - 1).endsWith(" "), "cut at a word, without the space");
        assertEquals(title, PanelGridPlot.fitted(title, metrics, 2000));
    }

    private static List<XYPlot> plots(JFreeChart chart) {
        return chart.getPlot() instanceof PanelGridPlot grid ? grid.panels() : List.of((XYPlot) chart.getPlot());
    }

    /** The synthetic folder has an event of every response type, so that every reader above is exercised. */
    @Test
    void theSyntheticRunHasEveryResponseEventType() {
        Map<String, Integer> counts = new HashMap<>();
        run.events().forEach(e -> counts.merge(e.type(), 1, Integer::sum));
        for (String type : List.of("first_call", "unit_dispatched", "unit_on_scene", "unit_task", "hazard_estimated",
                "cordon_set", "decon_opened", "patient_triaged", "patient_transported", "patient_admitted",
                "died_before_care", "died_in_hospital", "hospital_tier", "hospital_diverted", "responders_injured")) {
            assertTrue(counts.getOrDefault(type, 0) > 0, type + " in " + counts);
        }
    }
}
