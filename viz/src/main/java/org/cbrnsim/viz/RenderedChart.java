package org.cbrnsim.viz;

import java.util.Objects;

/**
 * A debrief chart drawn and ready to embed or save: PNG bytes for screens and the PDF, SVG text for
 * print and slides.
 *
 * @param id       file-name stem, e.g. "map" (charts/map.png, charts/map.svg)
 * @param title    heading shown above the chart
 * @param caption  one or two sentences saying what the chart shows and where its numbers come from
 * @param widthPx  width of the PNG (px)
 * @param heightPx height of the PNG (px)
 * @param png      the PNG image
 * @param svg      the same chart as SVG
 */
public record RenderedChart(String id, String title, String caption, int widthPx, int heightPx, byte[] png, String svg) {

    public RenderedChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(png, "png");
        Objects.requireNonNull(svg, "svg");
        if (widthPx <= 0 || heightPx <= 0) {
            throw new IllegalArgumentException("chart size must be positive, got " + widthPx + " × " + heightPx);
        }
    }
}
