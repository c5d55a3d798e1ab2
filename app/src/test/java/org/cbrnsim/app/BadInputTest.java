package org.cbrnsim.app;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input gets one clear line on standard error naming the option and what is expected, exit code 2,
 * nothing on standard output and never a stack trace.
 */
class BadInputTest {

    private static final String VALID = "--chemical chlorine --rate 2kg/s --duration 10min --wind 3m/s --stability D";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown chemical   | --chemical chlorinee                | --chemical: unknown chemical \"chlorinee\"; known: chlorine",
            "did you mean       | --chemical chlorinee                | did you mean \"chlorine\"?",
            "negative rate      | --rate -2kg/s                       | --rate: expected a release rate > 0 kg/s, got -2.0 kg/s",
            "stability G        | --stability G                       | '--stability': expected a Pasquill stability class A, B, C, D, E or F, got \"G\"",
            "unit does not fit  | --rate 2m                           | '--rate': expected a mass rate such as \"2 kg/s\" or \"120 kg/min\", got \"2m\" (a length)",
            "unit missing       | --wind 3                            | '--wind': \"3\" has no unit",
            "missing value      | --stability                         | Missing required parameter for option '--stability'",
            "wind too low       | --wind 0.5m/s                       | --wind: wind speed at 10 m must be >= 1 m/s",
            "lid with class D   | --inversion 100m                    | --inversion: an inversion lid is accepted only with stability class E or F",
            "unknown model      | --model puff                        | --model: expected a model gaussian, heavy or auto, got \"puff\"",
            "too many levels    | --loc 30,20,2,0.5ppm                | --loc: expected at most three levels of concern, got 4",
            "bad level unit     | --loc 20,2kg                        | --loc: expected a concentration by volume"})
    void refusedWithOneLineNamingTheOption(String name, String change, String expected) {
        CommandLineRun run = CommandLineRun.of(args("hazard zones " + VALID, change.strip()));
        assertEquals(2, run.exitCode(), name);
        assertEquals("", run.out(), "nothing on standard output");
        assertEquals(1, run.errLines().size(), run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("cbrnsim hazard zones: error: "), line);
        assertTrue(line.contains(expected.strip()), line);
        assertFalse(line.contains("Exception") || line.contains("\tat "), "no stack trace: " + line);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no wind            | hazard zones --chemical chlorine --rate 2kg/s --duration 10min --stability D | Missing required option: '--wind=SPEED'",
            "rate, no duration  | hazard zones --chemical chlorine --rate 2kg/s --wind 3m/s --stability D      | --duration: expected --rate with --duration, or --mass",
            "no stability       | hazard zones --chemical chlorine --mass 2t --wind 3m/s                      | --stability: missing; expected a class A-F",
            "gas without levels | hazard zones --molecular-weight 17 --mass 2t --wind 3m/s --stability D      | --loc: missing",
            "bad distance       | hazard peak --chemical chlorine --mass 2t --wind 3m/s --stability D --distances 200,-5m | --distances: expected distances > 0 m",
            "no data folder     | evaluate prairie-grass /no/such/folder                                      | Prairie Grass data folder not found: /no/such/folder"})
    void incompleteCommandsAreRefusedWithOneLine(String name, String commandLine, String expected) {
        CommandLineRun run = CommandLineRun.of(commandLine.strip().split("\\s+"));
        assertEquals(2, run.exitCode(), name + ": " + run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.errLines().get(0).contains(expected.strip()), run.err());
    }

    /** The valid command line with the option of {@code change} replaced (or added). */
    private static String[] args(String valid, String change) {
        List<String> result = new ArrayList<>(Arrays.asList(valid.split("\\s+")));
        String[] parts = change.split("\\s+");
        int at = result.indexOf(parts[0]);
        if (at >= 0) {
            result.remove(at);
            if (at < result.size() && !result.get(at).startsWith("--")) {
                result.remove(at);
            }
            result.addAll(at, Arrays.asList(parts));
        } else {
            result.addAll(Arrays.asList(parts));
        }
        return result.toArray(String[]::new);
    }
}
