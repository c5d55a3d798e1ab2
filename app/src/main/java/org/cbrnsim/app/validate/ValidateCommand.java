package org.cbrnsim.app.validate;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.cbrnsim.scenario.LoadResult;
import org.cbrnsim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cbrnsim validate FILE…}: loads each scenario file and reports every problem, one per line on
 * standard error as {@code file:line:col: error|warning: path: message}. Each valid file gets
 * {@code FILE: valid (N warnings)} on standard output. Exit 0 when every file is valid, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check scenario files (format 1) without running them: YAML, keys, types, units, references, "
                + "ids, geography, weather, shares.",
                "Every problem goes to standard error as file:line:col: error|warning: path: message; each valid file "
                        + "gets \"FILE: valid (N warnings)\" on standard output.",
                "Exit code 0 when every file is valid, 2 when any has an error."})
public final class ValidateCommand implements Callable<Integer> {

    /** Exit code when a file has an error. */
    static final int INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        for (Path file : files) {
            LoadResult result = ScenarioLoader.load(file);
            result.problems().forEach(err::println);
            if (result.isValid()) {
                int warnings = result.warnings().size();
                out.println(result.file() + ": valid (" + warnings + (warnings == 1 ? " warning)" : " warnings)"));
            }
            allValid &= result.isValid();
        }
        out.flush();
        err.flush();
        return allValid ? 0 : INVALID;
    }
}
