package org.cbrnsim.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code cbrnsim} command line. */
@Command(name = "cbrnsim", mixinStandardHelpOptions = true, version = "cbrnsim 0.1.0",
        description = "Simulation engine for CBRN civil-protection exercises.")
public final class Main implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
