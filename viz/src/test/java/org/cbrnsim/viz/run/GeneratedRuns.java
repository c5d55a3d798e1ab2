package org.cbrnsim.viz.run;

import org.cbrnsim.run.ScenarioRun;
import org.cbrnsim.scenario.ScenarioLoader;
import org.cbrnsim.sim.ProgressLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.fail;

/** Run folders made in a test: a shipped scenario run with seed 1 for its first three simulated hours. */
public final class GeneratedRuns {

    /** The simulated time of a generated run (s): enough for the cloud to cross the Dniester border. */
    public static final double UNTIL_S = 3 * 3600;

    private GeneratedRuns() {
    }

    /** Runs {@code scenarios/<scenarioId>.yaml} into {@code resultsRoot} and returns the run folder. */
    public static Path run(String scenarioId, Path resultsRoot) {
        Path scenario = repository().resolve("scenarios").resolve(scenarioId + ".yaml");
        return ScenarioRun.run(ScenarioLoader.require(scenario), 1, resultsRoot, OptionalDouble.of(UNTIL_S),
                ProgressLine.disabled()).folder();
    }

    /** The repository root: the system property cbrnsim.repo (set by the parent pom), else found above the working folder. */
    private static Path repository() {
        String property = System.getProperty("cbrnsim.repo");
        if (property != null && Files.isDirectory(Paths.get(property, "scenarios"))) {
            return Paths.get(property);
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("scenarios"))) {
                return dir;
            }
        }
        return fail("cannot find the repository's scenarios/ folder: set -Dcbrnsim.repo");
    }
}
