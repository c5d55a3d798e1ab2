package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.CloudOutline;
import org.cbrnsim.viz.run.GeneratedRuns;
import org.cbrnsim.viz.run.RunEvent;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.RunTimeSeries;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYSplineRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;

import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the charts of the Dniester run show, read from the charts' plots rather than from pixels. */
class ChartDetailsTest {

    @TempDir
    static Path results;
    static RunRecord run;

    @BeforeAll
    static void generate() {
        run = RunRecord.read(GeneratedRuns.run("dniester-chlorine", results));
    }

    private static List<XYPlot> plots(JFreeChart chart) {
        Plot plot = chart.getPlot();
        return plot instanceof PanelGridPlot row ? row.panels() : List.of((XYPlot) plot);
    }

    @Test
    void timeAxesReadTPlusHoursAndMinutes() {
        for (DebriefChart chart : List.of(new ExposureChart(), new CasualtiesChart(), new ProtectiveActionChart(),
                new TimelineChart())) {
            for (XYPlot plot : plots(chart.draw(run).orElseThrow())) {
                NumberAxis time = (NumberAxis) plot.getDomainAxis();
                assertEquals("T+01:30", time.getNumberFormatOverride().format(5400), chart.id());
                assertTrue(time.getUpperBound() <= run.endS() && time.getUpperBound() >= 3600, chart.id());
            }
        }
    }

    /** A time axis stops after the last change when the rest of the run is flat, and says so in the caption. */
    @Test
    void timeAxisStopsWhenNothingChangesAnyMore() {
        List<MetricLine> deadOnly = List.of(new MetricLine("dead", "dead", java.awt.Color.BLACK, DebriefStyle.SOLID));
        RunRecord early = withDead(2400);
        assertEquals(3600, PeopleOverTime.shownEndS(early, deadOnly), "20 % after T+00:40, at least an hour");
        assertTrue(PeopleOverTime.shortenedNote(early, deadOnly).contains("after T+01:00"));
        RunRecord later = withDead(5000);
        assertEquals(6300, PeopleOverTime.shownEndS(later, deadOnly), "T+01:40 + 20 %, rounded up to a quarter hour");
        RunRecord toTheEnd = withDead(run.endS());
        assertEquals(run.endS(), PeopleOverTime.shownEndS(toTheEnd, deadOnly));
        assertEquals("", PeopleOverTime.shortenedNote(toTheEnd, deadOnly));
    }

    /** The run with one metric, "dead", rising by one each minute until {@code lastChangeS}, then flat. */
    private static RunRecord withDead(double lastChangeS) {
        int rows = (int) (run.endS() / 60) + 1;
        double[] timesS = new double[rows];
        double[] dead = new double[rows];
        for (int row = 0; row < rows; row++) {
            timesS[row] = row * 60.0;
            dead[row] = Math.min(timesS[row], lastChangeS) / 60;
        }
        RunTimeSeries series = new RunTimeSeries(timesS, java.util.Map.of("dead", dead));
        return new RunRecord(run.folder(), run.scenario(), run.events(), series, run.summary(), run.zones(), run.cloud());
    }

    /** One kilometre is as many pixels east as north, on the map and on every panel of the series. */
    @Test
    void mapsHaveOneScaleOnBothAxes() {
        for (DebriefChart chart : List.of(new IncidentMapChart(), new CloudSeriesChart())) {
            JFreeChart drawn = chart.draw(run).orElseThrow();
            ChartRenderingInfo info = new ChartRenderingInfo();
            drawn.createBufferedImage(chart.widthPx(), chart.heightPx(), info);
            List<XYPlot> plots = plots(drawn);
            List<PlotRenderingInfo> areas = new ArrayList<>();
            if (plots.size() == 1) {
                areas.add(info.getPlotInfo());
            } else {
                for (int i = 0; i < plots.size(); i++) {
                    areas.add(info.getPlotInfo().getSubplotInfo(i));
                }
            }
            for (int i = 0; i < plots.size(); i++) {
                Rectangle2D data = areas.get(i).getDataArea();
                ValueAxis east = plots.get(i).getDomainAxis();
                ValueAxis north = plots.get(i).getRangeAxis();
                double pxPerKmEast = data.getWidth() / east.getRange().getLength();
                double pxPerKmNorth = data.getHeight() / north.getRange().getLength();
                assertEquals(pxPerKmEast, pxPerKmNorth, pxPerKmEast * 0.01, chart.id() + " panel " + i);
            }
        }
    }

    @Test
    void textIsAtLeastTwelvePoints() {
        for (DebriefChart chart : ChartCatalogue.all()) {
            if (ChartCatalogue.isResponse(chart.id())) {
                continue; // drawn only for a run with responders: ResponseChartsTest
            }
            JFreeChart drawn = chart.draw(run).orElseThrow();
            assertTrue(drawn.getTitle().getFont().getSize() >= 12, chart.id());
            if (drawn.getLegend() != null) {
                assertTrue(drawn.getLegend().getItemFont().getSize() >= 12, chart.id());
            }
            for (XYPlot plot : plots(drawn)) {
                for (ValueAxis axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
                    assertTrue(axis.getTickLabelFont().getSize() >= 12, chart.id());
                    assertTrue(axis.getLabelFont().getSize() >= 12, chart.id());
                }
            }
        }
    }

    /**
     * Counts are drawn as straight lines through the recorded values, never smoothed: every panel's renderer is the
     * plain line renderer (not a spline, which overshoots), each series holds exactly the timeseries.csv column, and
     * the dead, a cumulative count, never fall, so no drawn line dips below a value it reaches later.
     */
    @Test
    void countsAreDrawnAsStraightLinesThroughTheRecordedValues() {
        for (DebriefChart chart : List.of(new CasualtiesChart(), new ExposureChart(), new ProtectiveActionChart())) {
            for (XYPlot panel : plots(chart.draw(run).orElseThrow())) {
                assertEquals(XYLineAndShapeRenderer.class, panel.getRenderer().getClass(), chart.id());
                assertFalse(panel.getRenderer() instanceof XYSplineRenderer, chart.id());
            }
        }
        List<XYPlot> panels = plots(new CasualtiesChart().draw(run).orElseThrow());
        String[] countries = {"UA", "MD"};
        for (int p = 0; p < panels.size(); p++) {
            XYDataset data = panels.get(p).getDataset();
            for (String column : List.of("sought_care", "admitted", "icu", "dead")) {
                double[] recorded = run.timeSeries().column(column, countries[p]).orElseThrow();
                int series = indexOf(data, column);
                assertTrue(series >= 0, column + " drawn");
                assertEquals(recorded.length, data.getItemCount(series));
                for (int row = 0; row < recorded.length; row++) {
                    assertEquals(recorded[row], data.getYValue(series, row), column + " row " + row);
                }
            }
            int dead = indexOf(data, "dead");
            for (int row = 1; row < data.getItemCount(dead); row++) {
                assertTrue(data.getYValue(dead, row) >= data.getYValue(dead, row - 1), "dead never fall");
            }
        }
    }

    /** The series of a column, found by the label CasualtiesChart gives it. */
    private static int indexOf(XYDataset data, String column) {
        String label = switch (column) {
            case "sought_care" -> "sought care";
            case "icu" -> "intensive care";
            default -> column;
        };
        return data.indexOf(label);
    }

    /** Each country's panel draws that country's columns: the Moldova panel's dead are the dead_MD column. */
    @Test
    void countryPanelsDrawTheirCountrysColumns() {
        List<XYPlot> panels = plots(new CasualtiesChart().draw(run).orElseThrow());
        double[] deadMd = run.timeSeries().column("dead", "MD").orElseThrow();
        double[] deadUa = run.timeSeries().column("dead", "UA").orElseThrow();
        XYDataset md = panels.get(1).getDataset();
        XYDataset ua = panels.get(0).getDataset();
        int dead = md.indexOf("dead");
        int last = deadMd.length - 1;
        assertEquals(deadMd[last], md.getYValue(dead, last));
        assertEquals(deadUa[last], ua.getYValue(ua.indexOf("dead"), last));
        assertTrue(deadMd[last] != deadUa[last], "the test tells the countries apart");
    }

    @Test
    void timelineTellsEventsOfOneKindAndCountryTogetherAndEachEvacuationOnlyAtItsStart() {
        List<RunEvent> events = List.of(
                event(0, "release_started", "UA", "tank-car", "chlorine, 80900 kg"),
                event(120, "threshold_first_exceeded", "UA", "", "AEGL-1"),
                event(6420, "threshold_first_exceeded", "MD", "", "AEGL-1"),
                event(6480, "threshold_first_exceeded", "MD", "", "AEGL-2"),
                event(6600, "threshold_first_exceeded", "MD", "", "AEGL-3"),
                event(7015, "evacuation_started", "MD", "otaci", "3 residents set out (3 from this place so far)"),
                event(7800, "evacuation_arrived", "MD", "", "1 people at assembly-south"),
                event(8000, "threshold_first_exceeded", "MD", "", "AEGL-1"),
                event(8100, "evacuation_started", "MD", "otaci", "12 residents set out (15 from this place so far)"),
                event(9000, "evacuation_started", "MD", "otaci", "1 resident set out (16 from this place so far)"));
        List<TimelineEntry> entries = TimelineEntry.of(with(events, run.cloud()));
        assertEquals(List.of("T+00:00 release starts: chlorine, 80900 kg", "T+00:02 AEGL-1 first exceeded in UA",
                "T+01:47 AEGL-1, AEGL-2, AEGL-3 first exceeded in MD", "T+01:57 evacuation starts: Otaci (MD)",
                "T+02:13 AEGL-1 first exceeded in MD"), entries.stream().map(TimelineEntry::text).toList());
        assertEquals(EventLane.CLOUD, entries.get(2).lane());
        assertTrue(new TimelineChart().draw(with(List.of(events.get(6)), run.cloud())).isEmpty(),
                "no timeline when no event has a lane");
    }

    @Test
    void cloudSeriesShowsTheSnapshotsNearestToQuarterHourOneHourAndThreeHours() {
        Geometry area = run.cloud().get(0).lonLat();
        List<CloudOutline> cloud = List.of(new CloudOutline(900, "AEGL-1", 1, area),
                new CloudOutline(1800, "AEGL-1", 1, area), new CloudOutline(2700, "AEGL-1", 1, area));
        assertEquals(List.of(900.0, 2700.0), CloudSeriesChart.shownTimesS(with(run.events(), cloud)));
        assertEquals(List.of(900.0, 3600.0, 10800.0), CloudSeriesChart.shownTimesS(run));
        RunRecord noCloud = with(run.events(), List.of());
        assertTrue(new CloudSeriesChart().draw(noCloud).isEmpty());
        assertTrue(new CloudSeriesChart().caption(noCloud).contains("never"));
    }

    private static RunEvent event(double tS, String type, String country, String subject, String detail) {
        return new RunEvent(tS, "", type, "", country, subject, detail);
    }

    private static RunRecord with(List<RunEvent> events, List<CloudOutline> cloud) {
        return new RunRecord(run.folder(), run.scenario(), events, run.timeSeries(), run.summary(), run.zones(), cloud);
    }
}
