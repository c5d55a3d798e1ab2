package org.cbrnsim.viz.report;

import org.cbrnsim.record.AtomicFile;
import org.cbrnsim.viz.run.RunRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.cbrnsim.viz.RenderedChart;

/**
 * Writes a run's debrief, {@code debrief.html} and {@code debrief.pdf}, into its run folder. These two
 * files are the only ones it touches; a rebuild ({@code cbrnsim report}) replaces them. Each is written to
 * a hidden temporary file in the folder and moved into place when complete, so a reader never sees half a
 * report; on failure the temporary file is deleted and an earlier report stays as it was.
 */
public final class DebriefReport {

    /** The HTML report's file name. */
    public static final String HTML_FILE = "debrief.html";

    /** The PDF report's file name. */
    public static final String PDF_FILE = "debrief.pdf";

    private DebriefReport() {
    }

    /**
     * The two report files written.
     *
     * @param html the HTML report
     * @param pdf  the PDF report
     */
    public record Written(Path html, Path pdf) {
    }

    /**
     * Writes the debrief of the run in {@code runFolder} (which holds summary.json, events.csv and
     * scenario.yaml) with {@code charts} in the given order.
     *
     * @throws IllegalArgumentException when a run file is malformed
     * @throws IOException when the folder cannot be read or written
     */
    public static Written write(RunRecord run, List<RenderedChart> charts) throws IOException {
        Path runFolder = run.folder();
        ReportContent content = ReportContents.from(run, charts);
        Path html = AtomicFile.replace(runFolder.resolve(HTML_FILE), out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            HtmlReport.write(content, writer);
        });
        Path pdf = AtomicFile.replace(runFolder.resolve(PDF_FILE), out -> PdfReport.write(content, out));
        return new Written(html, pdf);
    }

}
