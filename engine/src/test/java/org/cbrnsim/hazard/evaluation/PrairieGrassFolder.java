package org.cbrnsim.hazard.evaluation;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared Prairie Grass data for tests; the data is not copied into the repository. */
final class PrairieGrassFolder {

    private PrairieGrassFolder() {
    }

    /** {@code ${cbrnsim.repo}/../shared/validation/prairie-grass}, or a failed test saying what is missing. */
    static Path locate() {
        String repo = System.getProperty("cbrnsim.repo");
        if (repo == null) {
            fail("system property cbrnsim.repo is not set; the parent pom's surefire configuration sets it to "
                    + "the project root (run the tests through Maven)");
        }
        Path folder = Path.of(repo).resolve("../shared/validation/prairie-grass").normalize();
        if (!Files.isDirectory(folder)) {
            fail("Prairie Grass data folder not found at " + folder + " (expected PGARCS.txt and "
                    + "modelParamList.txt there, next to the project root in shared/validation/prairie-grass)");
        }
        return folder;
    }
}
