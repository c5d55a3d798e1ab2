package org.cbrnsim.app;

import org.cbrnsim.app.evaluate.EvaluateCommand;
import org.cbrnsim.app.hazard.HazardCommand;
import org.cbrnsim.app.run.ReportCommand;
import org.cbrnsim.app.run.RunCommand;
import org.cbrnsim.app.validate.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point of the {@code cbrnsim} command line. */
@Command(name = "cbrnsim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Simulation engine for CBRN civil-protection exercises.",
        subcommands = {RunCommand.class, ReportCommand.class, ValidateCommand.class, HazardCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests too). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        UserErrorHandler errors = new UserErrorHandler();
        cli.setParameterExceptionHandler(errors);
        cli.setExecutionExceptionHandler(errors);
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
