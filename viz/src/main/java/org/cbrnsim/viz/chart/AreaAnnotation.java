package org.cbrnsim.viz.chart;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;

/** An area given in data units (km) drawn on an XY plot in an {@link AreaStyle}; line widths stay in pixels. */
final class AreaAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final Shape area;
    private final AreaStyle style;

    AreaAnnotation(Shape area, AreaStyle style) {
        this.area = area;
        this.style = style;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Shape screen = ScreenTransform.of(plot, dataArea, domainAxis, rangeAxis).createTransformedShape(area);
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        style.fill().ifPresent(fill -> {
            g2.setPaint(fill);
            g2.fill(screen);
        });
        style.hatch().ifPresent(hatch -> hatch.draw(g2, screen));
        style.outline().ifPresent(outline -> {
            g2.setPaint(outline);
            g2.setStroke(style.outlineStroke());
            g2.draw(screen);
        });
        g2.setClip(savedClip);
    }
}
