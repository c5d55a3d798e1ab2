package org.cbrnsim.viz.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.Stroke;

/**
 * The look of every debrief chart, made for a grey-scale projector: white background, fonts of 13 pt and more at
 * 1200 × 800 px, thick lines, series told apart by lightness and by dashes as well as by hue.
 */
final class DebriefStyle {

    static final String FAMILY = Font.SANS_SERIF;
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 22);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 15);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 16);
    static final Font TICK_LABEL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 15);
    static final Font LABEL = new Font(FAMILY, Font.PLAIN, 14);
    static final Font LABEL_BOLD = new Font(FAMILY, Font.BOLD, 15);
    static final Font PANEL_TITLE = new Font(FAMILY, Font.BOLD, 17);

    static final Color INK = new Color(0x20, 0x20, 0x20);
    static final Color GRID = new Color(0xD0, 0xD0, 0xD0);

    static final Stroke SOLID = line(3.0f);
    /** Plot outlines, axis lines and tick marks: thick enough to survive a projector and any SVG viewer. */
    static final Stroke FRAME = new BasicStroke(1.5f);
    static final Stroke DASHED = new BasicStroke(3.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[]{12f, 6f}, 0f);
    static final Stroke DOTTED = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
            new float[]{1f, 6f}, 0f);
    static final Stroke DASH_DOT = new BasicStroke(3.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[]{12f, 5f, 3f, 5f}, 0f);

    /** The legend's mark of a filled area or bar. */
    static final Shape LEGEND_SQUARE = new Rectangle2D.Double(-8, -8, 16, 16);

    /** Padding round a chart; wide on the right, where half the last time label sticks out past the plot. */
    private static final RectangleInsets PADDING = new RectangleInsets(8, 8, 8, 36);

    static {
        HeadlessAwt.ensure();
    }

    private DebriefStyle() {
    }

    /** A solid line of {@code widthPx}, round joins. */
    static BasicStroke line(float widthPx) {
        return new BasicStroke(widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A chart with the house look: title, optional subtitle, legend where asked (or none). */
    static JFreeChart chart(String title, String subtitle, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(PADDING);
        if (!subtitle.isEmpty()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(INK);
            chart.addSubtitle(sub);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        style(plot);
        return chart;
    }

    /** White background, light grid, house fonts on the axes. */
    static void style(Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(INK);
        plot.setOutlineStroke(FRAME);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        }
    }

    private static void axis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK_LABEL);
        axis.setLabelPaint(INK);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(INK);
        axis.setTickMarkPaint(INK);
        axis.setAxisLineStroke(FRAME);
        axis.setTickMarkStroke(FRAME);
    }
}
