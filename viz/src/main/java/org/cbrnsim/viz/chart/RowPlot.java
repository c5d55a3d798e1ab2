package org.cbrnsim.viz.chart;

import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.XYDataset;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * A plot of labelled rows, the first at the top, on bands of alternating shade: the lanes of the timeline, the unit
 * types of the response times, the units of the Gantt chart. Row {@code i} is at y = i.
 */
final class RowPlot {

    private static final Color BAND = new Color(0xF1, 0xF1, 0xF1);

    private RowPlot() {
    }

    /** The plot of {@code data} over {@code xAxis}, one row per label, in the house style, row labels in {@code font}. */
    static XYPlot create(XYDataset data, ValueAxis xAxis, List<String> rows, XYItemRenderer renderer, Font font) {
        SymbolAxis rowAxis = new SymbolAxis(null, rows.toArray(String[]::new));
        rowAxis.setInverted(true);
        rowAxis.setGridBandPaint(BAND);
        rowAxis.setGridBandAlternatePaint(Color.WHITE);
        XYPlot plot = new XYPlot(data, xAxis, rowAxis, renderer);
        rowAxis.setRange(-0.5, rows.size() - 0.5);
        plot.setRangeGridlinesVisible(false);
        DebriefStyle.style(plot);
        rowAxis.setTickLabelFont(font);
        return plot;
    }
}
