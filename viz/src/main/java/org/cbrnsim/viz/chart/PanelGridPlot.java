package org.cbrnsim.viz.chart;

import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Plots side by side in one chart, in rows of a given number of columns, each with its own axes and a title above
 * it, and one legend for all: the small multiples of a map series or of the hospitals of a region.
 */
final class PanelGridPlot extends Plot {

    private static final long serialVersionUID = 1L;
    /** Room between panels, also for the half of a panel's last time label that sticks out to the right. */
    private static final double GAP_PX = 36;
    /** Room between rows of panels. */
    private static final double ROW_GAP_PX = 12;
    private static final double TITLE_PAD_PX = 4;

    private final List<XYPlot> panels;
    private final List<String> titles;
    private final LegendItemCollection legend;
    private final int columns;

    /** The plots in one row: {@code PanelGridPlot(panels, titles, legend, panels.size())}. */
    PanelGridPlot(List<XYPlot> panels, List<String> titles, LegendItemCollection legend) {
        this(panels, titles, legend, panels.size());
    }

    /**
     * @param panels  the plots, left to right, then row by row
     * @param titles  one title per plot
     * @param legend  the legend of the whole grid
     * @param columns panels per row, ≥ 1
     */
    PanelGridPlot(List<XYPlot> panels, List<String> titles, LegendItemCollection legend, int columns) {
        if (panels.isEmpty() || panels.size() != titles.size()) {
            throw new IllegalArgumentException("a panel grid needs one title per panel and at least one panel, got "
                    + panels.size() + " panels and " + titles.size() + " titles");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("a panel grid needs at least 1 column, got " + columns);
        }
        this.columns = columns;
        this.panels = List.copyOf(panels);
        this.titles = List.copyOf(titles);
        this.legend = legend;
        setOutlineVisible(false);
        panels.forEach(panel -> panel.setParent(this));
    }

    /** The plots, left to right, then row by row. */
    List<XYPlot> panels() {
        return panels;
    }

    /** Their titles, in the order of the plots. */
    List<String> titles() {
        return titles;
    }

    @Override
    public String getPlotType() {
        return "Panel grid";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        return legend;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        if (info != null) {
            info.setPlotArea(area);
        }
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        FontMetrics metrics = g2.getFontMetrics(DebriefStyle.PANEL_TITLE);
        double titleHeight = metrics.getHeight() + 2 * TITLE_PAD_PX;
        int perRow = Math.min(columns, panels.size());
        int rows = (panels.size() + perRow - 1) / perRow;
        double width = (inner.getWidth() - GAP_PX * (perRow - 1)) / perRow;
        double height = (inner.getHeight() - ROW_GAP_PX * (rows - 1)) / rows;
        for (int i = 0; i < panels.size(); i++) {
            double x = inner.getX() + (i % perRow) * (width + GAP_PX);
            double y = inner.getY() + (i / perRow) * (height + ROW_GAP_PX);
            String title = fitted(titles.get(i), metrics, width);
            g2.setFont(DebriefStyle.PANEL_TITLE);
            g2.setPaint(DebriefStyle.INK);
            g2.drawString(title, (float) (x + (width - metrics.stringWidth(title)) / 2),
                    (float) (y + TITLE_PAD_PX + metrics.getAscent()));
            Rectangle2D cell = new Rectangle2D.Double(x, y + titleHeight, width, height - titleHeight);
            PlotRenderingInfo cellInfo = null;
            if (info != null) {
                cellInfo = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(cellInfo);
            }
            panels.get(i).draw(g2, cell, null, parentState, cellInfo);
        }
    }

    /** {@code title}, cut at a word and ended with "…" when it is wider than {@code widthPx}. */
    static String fitted(String title, FontMetrics metrics, double widthPx) {
        if (metrics.stringWidth(title) <= widthPx) {
            return title;
        }
        String cut = title;
        while (!cut.isEmpty() && metrics.stringWidth(cut + "…") > widthPx) {
            int space = cut.lastIndexOf(' ');
            cut = space > 0 ? cut.substring(0, space) : cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }
}
