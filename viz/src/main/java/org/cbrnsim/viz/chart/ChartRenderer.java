package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.RenderedChart;
import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Draws debrief charts off-screen (headless AWT) as PNG and SVG at each chart's own size. */
public final class ChartRenderer {

    static {
        HeadlessAwt.ensure();
    }

    private ChartRenderer() {
    }

    /** Every chart of {@link ChartCatalogue#all()} that has something to show for this run, in report order. */
    public static List<RenderedChart> renderAll(RunRecord run) {
        List<RenderedChart> rendered = new ArrayList<>();
        for (DebriefChart chart : ChartCatalogue.all()) {
            render(chart, run).ifPresent(rendered::add);
        }
        return rendered;
    }

    /** The chart of this run as PNG and SVG; empty when the chart has nothing to show for it. */
    public static Optional<RenderedChart> render(DebriefChart chart, RunRecord run) {
        return chart.draw(run).map(drawn -> new RenderedChart(chart.id(), chart.title(), chart.caption(run),
                chart.widthPx(), chart.heightPx(), png(drawn, chart.widthPx(), chart.heightPx()),
                svg(drawn, chart.widthPx(), chart.heightPx())));
    }

    /** A chart as PNG bytes. */
    public static byte[] png(JFreeChart chart, int widthPx, int heightPx) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, widthPx, heightPx);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the chart as PNG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A chart as an SVG document (text; the root element is {@code <svg>}). */
    public static String svg(JFreeChart chart, int widthPx, int heightPx) {
        SVGGraphics2D g2 = new SVGGraphics2D(widthPx, heightPx);
        chart.draw(g2, new Rectangle(0, 0, widthPx, heightPx));
        return g2.getSVGElement();
    }
}
