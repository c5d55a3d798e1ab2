package org.cbrnsim.viz.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
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
    public static Written write(Path runFolder, List<RenderedChart> charts) throws IOException {
        ReportContent content = ReportContents.from(runFolder, charts);
        Path html = replace(runFolder.resolve(HTML_FILE), out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            HtmlReport.write(content, writer);
        });
        Path pdf = replace(runFolder.resolve(PDF_FILE), out -> PdfReport.write(content, out));
        return new Written(html, pdf);
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path replace(Path target, Content content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                content.writeTo(out);
            }
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error failure) {
            Files.deleteIfExists(temporary);
            throw failure;
        }
        return target;
    }
}
