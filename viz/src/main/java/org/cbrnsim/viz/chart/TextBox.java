package org.cbrnsim.viz.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** A one-line label on a light box, readable over map fills and grid lines. */
final class TextBox {

    private static final double PAD_PX = 3;
    private static final Color BOX = new Color(255, 255, 255, 225);

    private TextBox() {
    }

    /** The box's size for {@code text} in {@code font}, at (0, 0). */
    static Rectangle2D size(Graphics2D g2, Font font, String text) {
        FontMetrics metrics = g2.getFontMetrics(font);
        return new Rectangle2D.Double(0, 0, metrics.stringWidth(text) + 2 * PAD_PX, metrics.getAscent()
                + metrics.getDescent() + 2 * PAD_PX);
    }

    /** Draws {@code text} in the box {@code box} (from {@link #size}, moved into place). */
    static void draw(Graphics2D g2, Font font, String text, Rectangle2D box, Color ink) {
        g2.setPaint(BOX);
        g2.fill(box);
        FontMetrics metrics = g2.getFontMetrics(font);
        g2.setFont(font);
        g2.setPaint(ink);
        g2.drawString(text, (float) (box.getX() + PAD_PX), (float) (box.getY() + PAD_PX + metrics.getAscent()));
    }
}
