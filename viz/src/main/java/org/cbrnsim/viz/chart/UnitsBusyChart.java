package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.viz.run.RunRecord;
import org.cbrnsim.viz.run.RunTimeSeries;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Responder units busy, by type, and available over time (timeseries.csv units_busy_&lt;type&gt;, units_available),
 * stacked: the coloured bands are the busy units of each type, the grey band on top the units still free, so the top
 * edge is the whole fleet.
 */
public final class UnitsBusyChart implements DebriefChart {

    static final String BUSY = "units_busy";
    static final String AVAILABLE = "units_available";
    private static final Color AVAILABLE_GREY = new Color(0xE0, 0xE0, 0xE0);

    /** A stacked band: its column, its legend text and colour. */
    private record Band(String column, String label, Color colour) {
    }

    @Override
    public String id() {
        return "units-busy";
    }

    @Override
    public String title() {
        return "Units busy and available";
    }

    @Override
    public String caption(RunRecord run) {
        double[] busy = run.timeSeries().column(BUSY).orElse(new double[0]);
        double peak = 0;
        int peakRow = -1;
        for (int row = 0; row < busy.length; row++) {
            if (busy[row] > peak) {
                peak = busy[row];
                peakRow = row;
            }
        }
        double[] available = run.timeSeries().column(AVAILABLE).orElse(null);
        String fleet = peakRow < 0 || available == null ? "" : " of the " + Math.round(peak + available[peakRow]);
        String most = peakRow < 0 ? "" : " At most " + Math.round(peak) + fleet + " units were busy at once, at "
                + ElapsedTimeFormat.text(run.timeSeries().timesS()[peakRow]) + ".";
        return "Responder units at each time (timeseries.csv, units_busy_<type> and units_available): a unit is busy from"
                + " its call-out until it is back at its station and free again; the coloured bands are the busy units of"
                + " each type, stacked, and the grey band on top the available ones." + most;
    }

    @Override
    public Optional<JFreeChart> draw(RunRecord run) {
        if (run.scenario().response().isEmpty()) {
            return Optional.empty();
        }
        List<Band> bands = bands(run.timeSeries());
        if (bands.isEmpty()) {
            return Optional.empty();
        }
        double[] timesS = run.timeSeries().timesS();
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        double top = 0;
        double[] total = new double[timesS.length];
        for (int i = 0; i < bands.size(); i++) {
            double[] values = run.timeSeries().column(bands.get(i).column()).orElseThrow();
            XYSeries series = new XYSeries(bands.get(i).label(), false, false);
            for (int row = 0; row < timesS.length; row++) {
                series.add(timesS[row], values[row], false);
                total[row] += values[row];
                top = Math.max(top, total[row]);
            }
            dataset.addSeries(series);
            renderer.setSeriesPaint(i, bands.get(i).colour());
        }
        renderer.setLegendArea(DebriefStyle.LEGEND_SQUARE);
        NumberAxis units = new NumberAxis("units");
        units.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        units.setRange(0, Math.max(5, top * 1.05));
        XYPlot plot = new XYPlot(dataset, ElapsedTimeAxis.create(run.summary().start(), run.endS()), units, renderer);
        DebriefStyle.style(plot);
        return Optional.of(DebriefStyle.chart(title(), run.scenario().name(), plot, true));
    }

    /**
     * The busy units of each type that was ever busy (else all busy units as one band), then the available ones.
     */
    private static List<Band> bands(RunTimeSeries series) {
        List<Band> bands = new ArrayList<>();
        for (UnitType type : UnitType.values()) {
            String column = BUSY + "_" + type.yamlName();
            if (series.column(column).map(values -> Arrays.stream(values).anyMatch(v -> v > 0)).orElse(false)) {
                bands.add(new Band(column, type.yamlName() + " busy", ResponsePalette.of(type)));
            }
        }
        if (bands.isEmpty() && series.column(BUSY).isPresent()) {
            bands.add(new Band(BUSY, "busy", ResponsePalette.of(UnitType.FIRE_ENGINE)));
        }
        if (series.column(AVAILABLE).isPresent()) {
            bands.add(new Band(AVAILABLE, "available", AVAILABLE_GREY));
        }
        return bands;
    }
}
