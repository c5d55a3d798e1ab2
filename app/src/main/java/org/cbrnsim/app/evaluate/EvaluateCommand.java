package org.cbrnsim.app.evaluate;

import picocli.CommandLine.Command;

/** {@code cbrnsim evaluate …}: scores models against field data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score the dispersion model against field data.",
        subcommands = PrairieGrassCommand.class)
public final class EvaluateCommand {
}
