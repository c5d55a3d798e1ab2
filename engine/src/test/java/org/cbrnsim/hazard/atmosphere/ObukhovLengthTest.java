package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObukhovLengthTest {

    /**
     * L at z0 = 1.2 m as asserted by aefarrell/GasDispersion.jl (MIT), test/utils/util_tests.jl,
     * "Monin-Obukhov length tests", an independent implementation of the same Pasquill (1974) table.
     */
    @ParameterizedTest(name = "class {0}: L = {1} m")
    @CsvSource({
            "A, -11.609752888076077",
            "B, -26.818480014823884",
            "C, -129.91505611802876",
            "E, 129.91505611802876",
            "F, 26.818480014823884",
    })
    void alohaTableMatchesGasDispersionJl(StabilityClass stability, double expectedM) {
        assertEquals(expectedM, ObukhovLength.fromClassM(stability, 1.2), 1e-9);
    }

    @Test
    void neutralIsInfinite() {
        assertEquals(Double.POSITIVE_INFINITY, ObukhovLength.fromClassM(StabilityClass.D, 0.03));
    }

    /** Seinfeld &amp; Pandis (2006) p. 751, the example under Eq. 16.83: z0 = 0.1 m, class B, 1/L = −0.066 1/m. */
    @Test
    void golderCentreReproducesSeinfeldPandisExample() {
        assertEquals(-0.066, ObukhovLength.golderCentrePerM(StabilityClass.B, 0.1), 1e-12);
    }

    /**
     * Project Prairie Grass runs of dispersion.md §3.1.5 (z0 = 0.006 m): the classes the notes assign
     * with Golder's nearest centre, including run 11 (L = −66 m), which this method puts in D.
     */
    @ParameterizedTest(name = "L = {0} m -> {1}")
    @CsvSource({
            "-5.2, A",
            "-9.8, B",
            "-26, C",
            "204, D",
            "36, E",
            "6.4, F",
            "-66, D",
    })
    void golderClassesOfPrairieGrassRuns(double obukhovLengthM, StabilityClass expected) {
        assertEquals(expected, ObukhovLength.golderClass(obukhovLengthM, 0.006));
    }

    @Test
    void infiniteLengthIsNeutralEitherSign() {
        assertEquals(StabilityClass.D, ObukhovLength.golderClass(Double.POSITIVE_INFINITY, 0.03));
        assertEquals(StabilityClass.D, ObukhovLength.golderClass(Double.NEGATIVE_INFINITY, 0.03));
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ObukhovLength.golderClass(0, 0.03));
        assertThrows(IllegalArgumentException.class, () -> ObukhovLength.golderClass(50, 2.0));
        assertThrows(IllegalArgumentException.class, () -> ObukhovLength.fromClassM(StabilityClass.F, 0));
        assertThrows(IllegalArgumentException.class, () -> ObukhovLength.fromClassM(StabilityClass.F, -1));
    }
}
