package org.cbrnsim.app.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cbrnsim.app.CommandLineRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cbrnsim validate}: exit codes, one line per file on standard output, one per problem on standard error. */
class ValidateCommandTest {

    private static final String FIXTURES = "../engine/src/test/resources/scenarios/";
    private static final String MINIMAL = FIXTURES + "minimal.yaml";
    private static final String FULL = FIXTURES + "full.yaml";
    private static final String WARNINGS = FIXTURES + "warnings.yaml";
    private static final String WEATHER_ORDER = FIXTURES + "invalid/weather-order.yaml";

    @Test
    void validFilesExitZeroWithOneLineEach() {
        CommandLineRun run = CommandLineRun.of("validate", MINIMAL, FULL);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of(MINIMAL + ": valid (0 warnings)", FULL + ": valid (0 warnings)"), run.outLines());
        assertEquals(List.of(), run.errLines());
    }

    @Test
    void warningsGoToStandardErrorAndTheFileStaysValid() {
        CommandLineRun run = CommandLineRun.of("validate", WARNINGS);
        assertEquals(0, run.exitCode());
        assertEquals(List.of(WARNINGS + ": valid (2 warnings)"), run.outLines());
        assertEquals(List.of(
                WARNINGS + ":21:14: warning: places[0].country: the place (48.45, 27.7833) lies in the area of UA, not MD",
                WARNINGS + ":29:9: warning: weather[1].at: this weather sets in at 3 h, when the scenario has ended (2 h);"
                        + " it is never used"), run.errLines());
    }

    @Test
    void anInvalidFileExitsTwoWithEveryProblemOnItsOwnLine(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("two-mistakes.yaml");
        Files.writeString(file, Files.readString(Path.of(MINIMAL))
                .replace("stability: F", "stability: G")
                .replace("chemical: chlorine", "chemical: chlorin"));
        CommandLineRun run = CommandLineRun.of("validate", MINIMAL, file.toString());
        assertEquals(2, run.exitCode());
        assertEquals(List.of(MINIMAL + ": valid (0 warnings)"), run.outLines());
        assertEquals(2, run.errLines().size(), run.err());
        assertEquals(file + ":24:16: error: weather[0].stability: expected a Pasquill stability class A, B, C, D, E or F,"
                + " got \"G\"", run.errLines().get(0));
        assertEquals(true, run.errLines().get(1).startsWith(file + ":27:15: error: hazards[0].chemical: unknown chemical"
                + " \"chlorin\"; known: chlorine, "), run.errLines().get(1));
    }

    @Test
    void aFixtureWithOneMistakeGivesOneLine() {
        CommandLineRun run = CommandLineRun.of("validate", WEATHER_ORDER);
        assertEquals(2, run.exitCode());
        assertEquals(List.of(), run.outLines());
        assertEquals(List.of(WEATHER_ORDER + ":28:9: error: weather[2].at: weather times must increase: \"60 min\" is not"
                + " after 90 min, the time of the entry before"), run.errLines());
    }

    @Test
    void hostileFilesAreRefusedWithOneLineAndNoStackTrace() {
        for (String fixture : List.of("java-tag.yaml", "alias-bomb.yaml", "yaml-syntax.yaml", "empty.yaml")) {
            CommandLineRun run = CommandLineRun.of("validate", FIXTURES + "invalid/" + fixture);
            assertEquals(2, run.exitCode(), fixture);
            assertEquals(1, run.errLines().size(), run.err());
            assertEquals(false, run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
    }

    @Test
    void aMissingFileIsAProblemToo() {
        CommandLineRun run = CommandLineRun.of("validate", "no/such/scenario.yaml");
        assertEquals(2, run.exitCode());
        assertEquals(List.of(Path.of("no/such/scenario.yaml") + ":1:1: error: no such file"), run.errLines());
    }

    @Test
    void withoutAFileItAsksForOne() {
        CommandLineRun run = CommandLineRun.of("validate");
        assertEquals(2, run.exitCode());
        assertEquals(List.of("cbrnsim validate: error: Missing required parameter: 'FILE' (see --help)"), run.errLines());
    }
}
