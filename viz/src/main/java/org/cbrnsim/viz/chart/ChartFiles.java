package org.cbrnsim.viz.chart;

import org.cbrnsim.record.AtomicFile;
import org.cbrnsim.viz.RenderedChart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes rendered charts into a run's {@code charts/} folder as {@code <id>.png} and {@code <id>.svg}. The charts
 * folder is rebuilt from the run's files by {@code cbrnsim report}, so a chart file of the same name is replaced (each
 * written to a temporary file first, then moved into place); no other file is touched, and the folder must be named
 * {@code charts}, so that nothing else can be overwritten by mistake.
 */
public final class ChartFiles {

    /** The folder name charts may be written to. */
    public static final String FOLDER_NAME = "charts";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ChartFiles() {
    }

    /**
     * Writes each chart's PNG and SVG, creating the folder if needed.
     *
     * @return the files written, in order (PNG then SVG of each chart)
     * @throws IllegalArgumentException when the folder is not named "charts" or a chart id is not a safe file name
     * @throws UncheckedIOException     when a file cannot be written
     */
    public static List<Path> write(Path chartsFolder, List<RenderedChart> charts) {
        Path name = chartsFolder.getFileName();
        if (name == null || !name.toString().equals(FOLDER_NAME)) {
            throw new IllegalArgumentException("charts are written to a run's \"" + FOLDER_NAME + "\" folder, got "
                    + chartsFolder);
        }
        for (RenderedChart chart : charts) {
            if (!ID.matcher(chart.id()).matches()) {
                throw new IllegalArgumentException("chart id must be lower-case letters, digits and single hyphens,"
                        + " got \"" + chart.id() + "\"");
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(chartsFolder);
            for (RenderedChart chart : charts) {
                written.add(replace(chartsFolder, chart.id() + ".png", chart.png()));
                written.add(replace(chartsFolder, chart.id() + ".svg", chart.svg().getBytes(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the charts to " + chartsFolder + ": " + e.getMessage(), e);
        }
        return written;
    }

    private static Path replace(Path folder, String fileName, byte[] content) throws IOException {
        return AtomicFile.replace(folder.resolve(fileName), out -> out.write(content));
    }
}
