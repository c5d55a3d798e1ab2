package org.cbrnsim.viz.chart;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * A map plot: one kilometre is as long on the x axis as on the y axis, whatever the size it is drawn at. Before each
 * drawing it widens whichever axis has room to spare so that the given extent fills the data area, centred.
 */
final class EqualAspectXYPlot extends XYPlot {

    private static final long serialVersionUID = 1L;
    /** Tick labels change the axis space a little when the ranges change: fit twice. */
    private static final int FIT_PASSES = 2;

    private final Rectangle2D extent;

    /**
     * @param extent the area that must be visible (data units, km)
     * @param xAxis  the east axis
     * @param yAxis  the north axis
     */
    EqualAspectXYPlot(Rectangle2D extent, NumberAxis xAxis, NumberAxis yAxis) {
        super(null, xAxis, yAxis, null);
        this.extent = (Rectangle2D) extent.clone();
        xAxis.setAutoRange(false);
        yAxis.setAutoRange(false);
        setDomainGridlinesVisible(false);
        setRangeGridlinesVisible(false);
        fit(extent.getWidth(), extent.getHeight());
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D plotArea = (Rectangle2D) area.clone();
        getInsets().trim(plotArea);
        for (int pass = 0; pass < FIT_PASSES; pass++) {
            AxisSpace space = calculateAxisSpace(g2, plotArea);
            Rectangle2D dataArea = space.shrink(plotArea, null);
            getAxisOffset().trim(dataArea);
            if (dataArea.getWidth() <= 0 || dataArea.getHeight() <= 0) {
                break;
            }
            double unitsPerPx = Math.max(extent.getWidth() / dataArea.getWidth(), extent.getHeight() / dataArea.getHeight());
            fit(dataArea.getWidth() * unitsPerPx, dataArea.getHeight() * unitsPerPx);
        }
        super.draw(g2, area, anchor, parentState, info);
    }

    private void fit(double width, double height) {
        getDomainAxis().setRange(new Range(extent.getCenterX() - width / 2, extent.getCenterX() + width / 2), true, false);
        getRangeAxis().setRange(new Range(extent.getCenterY() - height / 2, extent.getCenterY() + height / 2), true, false);
    }
}
