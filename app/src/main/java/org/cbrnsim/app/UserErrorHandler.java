package org.cbrnsim.app;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.UncheckedIOException;

/**
 * Turns every error into one line on standard error, {@code cbrnsim <verb>: error: <message>}, and a
 * non-zero exit: 2 for bad input (options, values, files), 1 for anything else. Never a stack trace.
 */
final class UserErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    static final int BAD_INPUT = 2;
    static final int FAILURE = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        report(ex.getCommandLine(), ex.getMessage() + " (see --help)");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        if (ex instanceof ParameterException pe) {
            return handleParseException(pe, parsed.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof IllegalArgumentException || ex instanceof UncheckedIOException) {
            report(cli, ex.getMessage());
            return BAD_INPUT;
        }
        report(cli, "internal error (" + ex.getClass().getSimpleName() + "): " + ex.getMessage());
        return FAILURE;
    }

    private static void report(CommandLine cli, String message) {
        String oneLine = message == null ? "unknown error" : message.replaceAll("\\s*\\R\\s*", " ").trim();
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": error: " + oneLine);
    }
}
