package org.cbrnsim.app.hazard;

import picocli.CommandLine.Command;

/** {@code cbrnsim hazard …}: the dispersion model on its own, ALOHA-style. */
@Command(name = "hazard", mixinStandardHelpOptions = true,
        description = "The hazard model on its own: threat zones, or peak concentration and toxic load at distances.",
        subcommands = {ZonesCommand.class, PeakCommand.class})
public final class HazardCommand {
}
