package org.cbrnsim.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityParserTest {

    /** Command-line and YAML spellings from DESIGN.md; SI values from the NIST SP 811 (2008) Appendix B.8 factors. */
    @ParameterizedTest(name = "{0} as {1} = {2}")
    @CsvSource(delimiter = ';', value = {
            "2kg/s; MASS_RATE; 2",
            "2 kg/s; MASS_RATE; 2",
            "120 kg/min; MASS_RATE; 2",
            "7.2 t/h; MASS_RATE; 2",
            "7200 kg/h; MASS_RATE; 2",
            "2000 g/s; MASS_RATE; 2",
            "1 lb/min; MASS_RATE; 0.007559872833",
            "10min; TIME; 600",
            "30 min; TIME; 1800",
            "1.5 h; TIME; 5400",
            "45 s; TIME; 45",
            "9t; MASS; 9000",
            "25 t; MASS; 25000",
            "1 lb; MASS; 0.45359237",
            "0m; LENGTH; 0",
            "0.03m; LENGTH; 0.03",
            "100 m; LENGTH; 100",
            "3 cm; LENGTH; 0.03",
            "1.2 km; LENGTH; 1200",
            "1 ft; LENGTH; 0.3048",
            "1 mi; LENGTH; 1609.344",
            "3m/s; SPEED; 3",
            "2 m/s; SPEED; 2",
            "36 km/h; SPEED; 10",
            "1 mph; SPEED; 0.44704",
            "1 kn; SPEED; 0.5144444444",
            "15C; TEMPERATURE; 288.15",
            "15 °C; TEMPERATURE; 288.15",
            "15 ° C; TEMPERATURE; 288.15",
            "-10 degC; TEMPERATURE; 263.15",
            "288K; TEMPERATURE; 288",
            "59 °F; TEMPERATURE; 288.15",
            "-40 F; TEMPERATURE; 233.15",
            "1 atm; PRESSURE; 101325",
            "101.325 kPa; PRESSURE; 101325",
            "1013.25 hPa; PRESSURE; 101325",
            "1.01325 bar; PRESSURE; 101325",
            "1 psi; PRESSURE; 6894.757293",
            "60 m³; VOLUME; 60",
            "500 L; VOLUME; 0.5",
            "1 ha; AREA; 10000",
            "50 mg/m3; MASS_CONCENTRATION; 5e-5",
            "20 µg/m³; MASS_CONCENTRATION; 2e-8",
            "20 ppm; VOLUME_FRACTION; 2e-5",
            "0.5ppm; VOLUME_FRACTION; 5e-7",
            "500 ppb; VOLUME_FRACTION; 5e-7",
            "70 %; FRACTION; 0.7",
            "0.7; FRACTION; 0.7",
            "1e3 m; LENGTH; 1000",
            ".5 h; TIME; 1800",
            "60 KG / MIN; MASS_RATE; 1",
    })
    void parsesToSi(String text, Dimension dimension, double expectedSi) {
        assertEquals(expectedSi, QuantityParser.parse(text, dimension), Math.abs(expectedSi) * 1e-9 + 1e-15);
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("2 m", Dimension.MASS_RATE,
                        "expected a mass rate such as \"2 kg/s\" or \"120 kg/min\", got \"2 m\" (a length)"),
                Arguments.of("10m", Dimension.TIME,
                        "expected a duration such as \"10 min\" or \"1.5 h\", got \"10m\" (a length)"),
                Arguments.of("3 m/s", Dimension.MASS_RATE,
                        "expected a mass rate such as \"2 kg/s\" or \"120 kg/min\", got \"3 m/s\" (a speed)"),
                Arguments.of("abc", Dimension.MASS,
                        "\"abc\" is not a number with a unit: expected a mass such as \"25 t\" or \"500 kg\""),
                Arguments.of("2", Dimension.SPEED,
                        "\"2\" has no unit: expected a speed such as \"3 m/s\" or \"10 km/h\""),
                Arguments.of("2 furlongs", Dimension.LENGTH, "unknown unit \"furlongs\" in \"2 furlongs\":"
                        + " expected a length such as \"100 m\" or \"1.5 km\""),
                Arguments.of("-300 C", Dimension.TEMPERATURE, "\"-300 C\" is not above absolute zero (0 K)"),
                Arguments.of("  ", Dimension.TIME, "expected a duration such as \"10 min\" or \"1.5 h\", got nothing"),
                Arguments.of("1e999 m", Dimension.LENGTH, "\"1e999 m\" is not a finite number"));
    }

    /** One-line messages that say what was expected and what was given. */
    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("invalidInputs")
    void invalidInputSaysWhatWasExpected(String text, Dimension dimension, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuantityParser.parse(text, dimension));
        assertEquals(message, e.getMessage());
    }

    @Test
    void nullAndUnrelatedQuotientsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> QuantityParser.parse(null, Dimension.TIME));
        assertThrows(IllegalArgumentException.class, () -> QuantityParser.parse("2 kg/m", Dimension.MASS_RATE));
        assertThrows(IllegalArgumentException.class, () -> QuantityParser.parse("2 kg/s/s", Dimension.MASS_RATE));
    }

    @Test
    void everyDimensionsOwnExamplesParse() {
        for (Dimension d : Dimension.values()) {
            for (String example : d.examples()) {
                QuantityParser.parse(example, d);
            }
        }
    }
}
