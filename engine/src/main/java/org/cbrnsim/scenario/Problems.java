package org.cbrnsim.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems of one file as they are found; hands them out sorted by position. */
final class Problems {

    private final String file;
    private final List<Problem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(Node node, String path, String message) {
        add(node.getStartMark(), Problem.Severity.ERROR, path, message);
    }

    void warning(Node node, String path, String message) {
        add(node.getStartMark(), Problem.Severity.WARNING, path, message);
    }

    /** An error at a mark (null: the start of the file). */
    void error(Mark mark, String path, String message) {
        add(mark, Problem.Severity.ERROR, path, message);
    }

    boolean hasErrors() {
        return found.stream().anyMatch(Problem::isError);
    }

    /** Every problem so far, by line, then column, then in the order found. */
    List<Problem> sorted() {
        return found.stream().sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)).toList();
    }

    private void add(Mark mark, Problem.Severity severity, String path, String message) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        found.add(new Problem(file, line, column, severity, path, oneLine(message)));
    }

    private static String oneLine(String message) {
        return message == null ? "unknown problem" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
