package org.cbrnsim.viz.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.cbrnsim.viz.RenderedChart;

/** Small synthetic charts for the report tests: a filled rectangle on white, as PNG. */
final class TestCharts {

    private TestCharts() {
    }

    static RenderedChart chart(String id, String title, String caption, int widthPx, int heightPx, Color colour)
            throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, widthPx, heightPx);
        g.setColor(colour);
        g.fillRect(widthPx / 8, heightPx / 8, widthPx * 3 / 4, heightPx * 3 / 4);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return new RenderedChart(id, title, caption, widthPx, heightPx, png.toByteArray(), "<svg/>");
    }
}
