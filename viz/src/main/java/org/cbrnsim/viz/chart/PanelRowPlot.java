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
 * Plots side by side in one chart, each with its own axes and a title above it, and one legend for all: the small
 * multiples of a map series.
 */
final class PanelRowPlot extends Plot {

    private static final long serialVersionUID = 1L;
    /** Room between panels, also for the half of a panel's last time label that sticks out to the right. */
    private static final double GAP_PX = 36;
    private static final double TITLE_PAD_PX = 4;

    private final List<XYPlot> panels;
    private final List<String> titles;
    private final LegendItemCollection legend;

    /**
     * @param panels the plots, left to right
     * @param titles one title per plot
     * @param legend the legend of the whole row
     */
    PanelRowPlot(List<XYPlot> panels, List<String> titles, LegendItemCollection legend) {
        if (panels.isEmpty() || panels.size() != titles.size()) {
            throw new IllegalArgumentException("a panel row needs one title per panel and at least one panel, got "
                    + panels.size() + " panels and " + titles.size() + " titles");
        }
        this.panels = List.copyOf(panels);
        this.titles = List.copyOf(titles);
        this.legend = legend;
        setOutlineVisible(false);
        panels.forEach(panel -> panel.setParent(this));
    }

    /** The plots, left to right. */
    List<XYPlot> panels() {
        return panels;
    }

    /** Their titles, left to right. */
    List<String> titles() {
        return titles;
    }

    @Override
    public String getPlotType() {
        return "Panel row";
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
        double width = (inner.getWidth() - GAP_PX * (panels.size() - 1)) / panels.size();
        for (int i = 0; i < panels.size(); i++) {
            double x = inner.getX() + i * (width + GAP_PX);
            String title = titles.get(i);
            g2.setFont(DebriefStyle.PANEL_TITLE);
            g2.setPaint(DebriefStyle.INK);
            g2.drawString(title, (float) (x + (width - metrics.stringWidth(title)) / 2),
                    (float) (inner.getY() + TITLE_PAD_PX + metrics.getAscent()));
            Rectangle2D cell = new Rectangle2D.Double(x, inner.getY() + titleHeight, width, inner.getHeight() - titleHeight);
            PlotRenderingInfo cellInfo = null;
            if (info != null) {
                cellInfo = new PlotRenderingInfo(info.getOwner());
                info.addSubplotInfo(cellInfo);
            }
            panels.get(i).draw(g2, cell, null, parentState, cellInfo);
        }
    }
}
