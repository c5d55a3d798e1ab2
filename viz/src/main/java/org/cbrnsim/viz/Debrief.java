package org.cbrnsim.viz;

import org.cbrnsim.viz.chart.ChartFiles;
import org.cbrnsim.viz.chart.ChartRenderer;
import org.cbrnsim.viz.report.DebriefReport;
import org.cbrnsim.viz.run.RunRecord;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The debrief of a run, built from its folder's files alone: the charts (charts/*.png and *.svg) and
 * the report (debrief.html, debrief.pdf). Rebuilding replaces exactly these files.
 */
public final class Debrief {

    private Debrief() {
    }

    /** Draws the charts and writes the report of the run in {@code runFolder}; returns the HTML report's path. */
    public static Path build(Path runFolder) throws IOException {
        RunRecord run = RunRecord.read(runFolder);
        List<RenderedChart> charts = ChartRenderer.renderAll(run);
        ChartFiles.write(runFolder.resolve("charts"), charts);
        return DebriefReport.write(run, charts).html();
    }
}
