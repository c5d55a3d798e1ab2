package org.cbrnsim.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in-process, with what it printed on each stream. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** Standard output split into its non-empty lines. */
    public List<String> outLines() {
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    /** Standard error split into its non-empty lines. */
    public List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }
}
