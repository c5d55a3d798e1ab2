package org.cbrnsim.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Parallel lines drawn across an area, so that areas of similar grey stay apart on a grey-scale screen.
 *
 * @param angleDeg  direction of the lines, degrees anticlockwise from east on screen
 * @param spacingPx distance between lines (px, &gt; 0)
 * @param colour    line colour
 * @param widthPx   line width (px, &gt; 0)
 */
record Hatch(double angleDeg, double spacingPx, Color colour, float widthPx) {

    Hatch {
        if (!(spacingPx > 0) || !(widthPx > 0)) {
            throw new IllegalArgumentException("hatch spacing and width must be > 0 px, got " + spacingPx + " and " + widthPx);
        }
    }

    /** Draws the lines inside {@code area} (screen coordinates); the clip is restored afterwards. */
    void draw(Graphics2D g2, Shape area) {
        Shape savedClip = g2.getClip();
        g2.clip(area);
        g2.setPaint(colour);
        g2.setStroke(new BasicStroke(widthPx));
        Rectangle2D bounds = area.getBounds2D();
        double cx = bounds.getCenterX();
        double cy = bounds.getCenterY();
        double half = Math.hypot(bounds.getWidth(), bounds.getHeight()) / 2 + spacingPx;
        double dx = Math.cos(Math.toRadians(angleDeg));
        double dy = -Math.sin(Math.toRadians(angleDeg));
        for (double offset = -half; offset <= half; offset += spacingPx) {
            double px = cx - dy * offset;
            double py = cy + dx * offset;
            g2.draw(new Line2D.Double(px - dx * half, py - dy * half, px + dx * half, py + dy * half));
        }
        g2.setClip(savedClip);
    }
}
