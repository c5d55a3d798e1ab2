package org.cbrnsim.viz.chart;

import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.JFreeChart;

import java.util.Optional;

/**
 * One chart of the debrief, drawn from a run's files alone. Adding a chart to the debrief is adding one class that
 * implements this and listing it in {@link ChartCatalogue}.
 */
public interface DebriefChart {

    /** File-name stem, lower-case letters, digits and hyphens, e.g. "map" (charts/map.png, charts/map.svg). */
    String id();

    /** The heading shown above the chart. */
    String title();

    /** One or two sentences on what the chart shows of this run and where its numbers come from. */
    String caption(RunRecord run);

    /** The chart of this run; empty when the run has nothing for it to show. */
    Optional<JFreeChart> draw(RunRecord run);

    /** Width of the image (px) the chart is laid out for. */
    default int widthPx() {
        return 1200;
    }

    /** Height of the image (px) the chart is laid out for. */
    default int heightPx() {
        return 800;
    }
}
