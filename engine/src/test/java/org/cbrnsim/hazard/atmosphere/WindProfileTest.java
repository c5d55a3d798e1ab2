package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindProfileTest {

    /** ALOHA 5.4.7 runs K1, K2 and K7 (HAZEL tests, dispersion.md §1.11): transport winds 0.92 and 3.97 m/s. */
    @ParameterizedTest(name = "{0}, U10 {1} m/s, z0 {2} m -> {3} m/s")
    @CsvSource({
            "F, 1.5, 0.03, 0.92",
            "D, 5.0, 0.03, 3.97",
    })
    void transportWindReproducesAlohaRuns(StabilityClass stability, double u10, double z0, double expected) {
        assertEquals(expected, WindProfile.transportWindMps(u10, stability, z0, 0), 0.005);
    }

    @Test
    void releaseAboveThreeMetresUsesTheReleaseHeight() {
        assertEquals(4.0, WindProfile.transportWindMps(4.0, StabilityClass.E, 0.1, 10), 1e-12);
        double at3 = WindProfile.transportWindMps(4.0, StabilityClass.E, 0.1, 1);
        assertEquals(at3, WindProfile.transportWindMps(4.0, StabilityClass.E, 0.1, 3), 1e-12);
    }

    @Test
    void stableCorrectionIsLinear() {
        assertEquals(-4.7 * 0.3, WindProfile.stabilityCorrection(0.3), 1e-15);
        assertEquals(0, WindProfile.stabilityCorrection(0), 0);
    }

    /**
     * The unstable ψ must be the integral of Businger et al.'s (1971) φm = (1 − 15ζ)^(−1/4):
     * dψ/dζ = (1 − φm)/ζ. Checked by central differences.
     */
    @ParameterizedTest
    @CsvSource({"-0.05", "-0.5", "-2", "-10"})
    void unstableCorrectionIntegratesBusingersGradient(double zeta) {
        double h = 1e-6 * Math.abs(zeta);
        double slope = (WindProfile.stabilityCorrection(zeta + h) - WindProfile.stabilityCorrection(zeta - h)) / (2 * h);
        double phi = Math.pow(1 - 15 * zeta, -0.25);
        assertEquals((1 - phi) / zeta, slope, 1e-6);
    }

    @Test
    void unstableCorrectionVanishesAtNeutral() {
        assertEquals(0, WindProfile.stabilityCorrection(-1e-12), 1e-10);
    }

    @Test
    void invalidInputsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> WindProfile.logSpeedMps(3, 0, 0.03, 10));
        assertThrows(IllegalArgumentException.class, () -> WindProfile.logSpeedMps(-1, 3, 0.03, 10));
        assertThrows(IllegalArgumentException.class, () -> WindProfile.logSpeedMps(3, 3, 0.03, 0));
        assertThrows(IllegalArgumentException.class,
                () -> WindProfile.transportWindMps(3, StabilityClass.D, 0.03, -1));
    }
}
