package org.cbrnsim.viz.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files of a run folder, and errors that name the file they are about. */
final class RunFiles {

    private RunFiles() {
    }

    /**
     * The file {@code name} of a run folder.
     *
     * @throws IllegalArgumentException naming the file when it is not there
     */
    static Path existing(Path runFolder, String name) {
        Path file = runFolder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file; a run folder written by `cbrnsim run` holds "
                    + "scenario.yaml, events.csv, timeseries.csv, summary.json, zones.geojson and cloud.geojson");
        }
        return file;
    }

    /** An error about a file's content: "file: problem". */
    static IllegalArgumentException malformed(Path file, String problem) {
        return new IllegalArgumentException(file + ": " + problem);
    }

    /** An error about a file's content: "file: problem", keeping the cause. */
    static IllegalArgumentException malformed(Path file, String problem, Throwable cause) {
        return new IllegalArgumentException(file + ": " + problem, cause);
    }

    /**
     * A number of a CSV cell as the run writes them: plain or scientific notation, "NaN", "Inf", "-Inf".
     *
     * @throws IllegalArgumentException naming the file, line and column when it is not a number
     */
    static double csvNumber(String text, Path file, long line, String column) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw malformed(file, "line " + line + ", column " + column + ": expected a number, got \"" + text + "\"");
                }
        }
    }

    /**
     * The JSON tree of a file.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or is not JSON
     */
    static JsonNode jsonTree(Path file, ObjectMapper json) {
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root == null || root.isMissingNode()) {
                throw malformed(file, "empty file, expected a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw malformed(file, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw malformed(file, "cannot read the file: " + e.getMessage(), e);
        }
    }
}
