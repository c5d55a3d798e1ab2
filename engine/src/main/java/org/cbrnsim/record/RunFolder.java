package org.cbrnsim.record;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * The folder of one run, {@code <results>/<scenario-id>/<run-id>/} (DESIGN.md, run-folder contract).
 *
 * <p>Never overwrites: the folder is created with {@link Files#createDirectory}, which fails atomically if
 * the name exists; {@link #create} then takes the next free name, {@code <run-id>-2}, {@code <run-id>-3} …,
 * so concurrent runs get distinct folders and an earlier run is never touched. Files inside are never
 * replaced either. Each file is written to a hidden temporary name in its folder and renamed into place
 * when complete ({@link StandardCopyOption#ATOMIC_MOVE}); on failure the temporary file is deleted, so the
 * folder only ever holds complete files (if a run fails, those written before the failure).
 */
public final class RunFolder {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int MAX_ATTEMPTS = 10_000;

    private final Path path;
    private final String runId;

    private RunFolder(Path path, String runId) {
        this.path = path;
        this.runId = runId;
    }

    /** The default run id of a run with {@code seed}: "seed-42". */
    public static String seedRunId(long seed) {
        return "seed-" + seed;
    }

    /**
     * Creates {@code <resultsRoot>/<scenarioId>/<runId>/}, or {@code <runId>-2}, {@code -3} … if taken.
     * Ids are 1–128 letters, digits, '.', '_' or '-', starting with a letter or digit.
     */
    public static RunFolder create(Path resultsRoot, String scenarioId, String runId) throws IOException {
        requireSegment("scenario id", scenarioId);
        requireSegment("run id", runId);
        Path scenarioFolder = Files.createDirectories(resultsRoot.resolve(scenarioId));
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            String name = attempt == 1 ? runId : runId + "-" + attempt;
            try {
                return new RunFolder(Files.createDirectory(scenarioFolder.resolve(name)), name);
            } catch (FileAlreadyExistsException taken) {
                // try the next name
            }
        }
        throw new IOException("no free run folder name for " + runId + " in " + scenarioFolder);
    }

    /** The folder. */
    public Path path() {
        return path;
    }

    /** The folder's name, the run id actually used. */
    public String runId() {
        return runId;
    }

    /** Writes the UTF-8 text file {@code relativeName} (may contain sub-folders, e.g. "charts/a.svg"). */
    public Path writeText(String relativeName, TextContent content) throws IOException {
        return writeBytes(relativeName, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes the file {@code relativeName}, complete or not at all; fails if it exists. */
    public Path writeBytes(String relativeName, ByteContent content) throws IOException {
        Path target = resolve(relativeName);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "files of a run folder are never overwritten");
        }
        Files.createDirectories(target.getParent());
        AtomicFile.create(target, content::writeTo);
        return target;
    }

    private Path resolve(String relativeName) {
        Path relative = relativeName == null ? null : Path.of(relativeName);
        if (relative == null || relativeName.isBlank() || relative.isAbsolute()) {
            throw new IllegalArgumentException("file name must be a relative path inside the run folder, got "
                    + relativeName);
        }
        for (Path part : relative) {
            requireSegment("file name part", part.toString());
        }
        return path.resolve(relative);
    }

    private static void requireSegment(String what, String value) {
        if (value == null || !SEGMENT.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1-128 letters, digits, '.', '_' or '-', starting "
                    + "with a letter or digit, got " + value);
        }
    }

    /** Writes a text file's content. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes a binary file's content. */
    @FunctionalInterface
    public interface ByteContent {
        void writeTo(OutputStream out) throws IOException;
    }
}
