package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What loading a scenario file gave: the scenario when the file has no errors, and every problem found,
 * sorted by line and column.
 *
 * @param file      the file as the user named it
 * @param scenario  present exactly when there is no error
 * @param problems  errors and warnings, sorted by line, then column
 */
public record LoadResult(String file, Optional<Scenario> scenario, List<Problem> problems) {

    /** @throws IllegalArgumentException when a scenario comes with errors, or none comes without */
    public LoadResult {
        Objects.requireNonNull(file, "file");
        problems = List.copyOf(problems);
        boolean hasErrors = problems.stream().anyMatch(Problem::isError);
        if (scenario.isPresent() == hasErrors) {
            throw new IllegalArgumentException(hasErrors ? "a scenario with errors is not a result"
                    : "a result without errors needs its scenario");
        }
    }

    /** True when the file has no errors (it may have warnings). */
    public boolean isValid() {
        return scenario.isPresent();
    }

    /** The errors, in file order. */
    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** The warnings, in file order. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /**
     * The scenario.
     *
     * @throws IllegalArgumentException listing every error, one per line, when the file has errors
     */
    public Scenario orThrow() {
        return scenario.orElseThrow(() -> new IllegalArgumentException(
                errors().stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator()))));
    }
}
