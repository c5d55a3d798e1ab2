package org.cbrnsim.scenario;

import java.util.Locale;
import java.util.Objects;

/**
 * A problem found in a scenario file, at the line and column of the YAML node it concerns. Printed the
 * way compilers print theirs, so editors can jump to it:
 * {@code file:line:col: error: path: message} (without "path: " when it concerns the file as a whole).
 *
 * @param file     the file as the user named it
 * @param line     1-based line
 * @param column   1-based column
 * @param severity an error makes the scenario invalid; a warning does not
 * @param path     where in the scenario, e.g. {@code hazards[0].release.mass}; "" for the file as a whole
 * @param message  what is wrong and what was expected, one line
 */
public record Problem(String file, int line, int column, Severity severity, String path, String message) {

    /** Whether a problem makes the scenario invalid. */
    public enum Severity {
        ERROR, WARNING;

        /** "error" or "warning", as printed. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** @throws IllegalArgumentException for a line or column below 1 */
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    /** True for an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error: path: message}. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + (path.isEmpty() ? "" : path + ": ")
                + message;
    }
}
