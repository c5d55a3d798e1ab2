package org.cbrnsim.app.run;

import org.cbrnsim.app.cli.QuantityConverter;
import org.cbrnsim.run.RunResult;
import org.cbrnsim.run.ScenarioRun;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

/** {@code cbrnsim run SCENARIO.yaml}: plays a scenario out and writes its run folder. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Run a scenario to its end and write the run folder results/<scenario-id>/<run-id>/ "
                + "(scenario.yaml, events.csv, timeseries.csv, summary.json, zones.geojson, cloud.geojson, charts/, "
                + "debrief.html, debrief.pdf); prints its path.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SCENARIO.yaml", description = "The scenario file.")
    Path scenarioFile;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Results folder (default: ${DEFAULT-VALUE}); an existing run folder is never overwritten.")
    Path out;

    @Option(names = "--until", paramLabel = "DURATION", converter = QuantityConverter.Duration.class,
            description = "Stop this long after the scenario start instead of at its end, e.g. 2h.")
    Double untilS;

    @Option(names = "--no-charts", description = "Skip the charts and the debrief report (cbrnsim report RUN_DIR draws them later).")
    boolean noCharts;

    @Option(names = "--quiet", description = "No progress line.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var scenario = ScenarioLoader.require(scenarioFile);
        RunResult result = ScenarioRun.run(scenario, seed, out,
                untilS == null ? OptionalDouble.empty() : OptionalDouble.of(untilS),
                ProgressLine.onStandardError(scenario.clock().endS(), quiet));
        if (!noCharts) {
            ReportCommand.debrief(result.folder());
        }
        spec.commandLine().getOut().println(result.folder());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
