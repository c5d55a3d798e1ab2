package org.cbrnsim.viz.chart;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/** Data units → Java2D pixels for the linear axes of a vertical XY plot, as one affine transform. */
final class ScreenTransform {

    private ScreenTransform() {
    }

    static AffineTransform of(XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double x0 = domainAxis.valueToJava2D(0, dataArea, xEdge);
        double x1 = domainAxis.valueToJava2D(1, dataArea, xEdge);
        double y0 = rangeAxis.valueToJava2D(0, dataArea, yEdge);
        double y1 = rangeAxis.valueToJava2D(1, dataArea, yEdge);
        return new AffineTransform(x1 - x0, 0, 0, y1 - y0, x0, y0);
    }
}
