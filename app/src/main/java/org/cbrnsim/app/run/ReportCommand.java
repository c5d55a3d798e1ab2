package org.cbrnsim.app.run;

import org.cbrnsim.viz.Debrief;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code cbrnsim report RUN_DIR}: (re)builds the charts and the debrief report from a run folder's files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild the charts (charts/*.png, *.svg) and the debrief report (debrief.html, debrief.pdf) "
                + "of a run folder from its files; prints the path of debrief.html.")
public final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RUN_DIR", description = "A run folder written by cbrnsim run.")
    Path runFolder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(runFolder)) {
            throw new IllegalArgumentException("RUN_DIR: " + runFolder + " is not a folder (expected a run folder "
                    + "written by cbrnsim run, e.g. results/dniester-chlorine/seed-1)");
        }
        spec.commandLine().getOut().println(debrief(runFolder));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** Builds the debrief of a run folder, turning I/O failures into a one-line error. */
    static Path debrief(Path runFolder) {
        try {
            return Debrief.build(runFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the debrief of " + runFolder + ": " + e.getMessage(), e);
        }
    }
}
