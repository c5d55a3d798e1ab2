package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

class GaussianPlumeTest {

    /** σy and σz read off Turner's figures, the same at every distance. */
    private static PlumeSpread readOff(double sigmaYM, double sigmaZM) {
        return new PlumeSpread() {
            @Override
            public double sigmaYM(double xM) {
                return sigmaYM;
            }

            @Override
            public double sigmaZM(double xM) {
                return sigmaZM;
            }

            @Override
            public String name() {
                return "read off Turner (1970) Figs 3-2, 3-3";
            }
        };
    }

    @Test
    void turnerRefineryExampleOnTheCentreline() {
        // dispersion.md §2.6 #1: 80 g/s, H 60 m, u 6 m/s, σy 36 m, σz 18.5 m → ≈ 3.3e-5 g/m³
        GaussianPlume plume = new GaussianPlume(60, 6, readOff(36, 18.5));
        double gPerM3 = 80 * plume.concentrationPerRate(500, 0, 0);
        assertEquals(3.3e-5, gPerM3, 0.05e-5);
    }

    @Test
    void turnerRefineryExampleFiftyMetresCrosswind() {
        // §2.6 #2: as #1 at y = 50 m → ≈ 1.3e-5 g/m³
        GaussianPlume plume = new GaussianPlume(60, 6, readOff(36, 18.5));
        assertEquals(1.3e-5, 80 * plume.concentrationPerRate(500, 50, 0), 0.05e-5);
    }

    @Test
    void turnerBurningDumpProblem() {
        // §2.6 #3: 3 g/s ground source, u 7 m/s, σy 190 m, σz 65 m → ≈ 1.1e-5 g/m³
        GaussianPlume plume = new GaussianPlume(0, 7, readOff(190, 65));
        assertEquals(1.1e-5, 3 * plume.concentrationPerRate(3000, 0, 0), 0.05e-5);
    }

    @Test
    void deVisscherPage25() {
        // §2.6 #4: 5 g/s, H 30 m, u 2 m/s, D, Briggs rural, 1000 m → 201.14 µg/m³
        GaussianPlume plume = new GaussianPlume(30, 2, BriggsSpread.openCountry(StabilityClass.D));
        double microgramsPerM3 = 5e6 * plume.concentrationPerRate(1000, 0, 0);
        assertEquals(201.14, microgramsPerM3, 0.005);
    }

    @Test
    void holstiusPlumeFiveHundredMetreCase() {
        // §2.6 #7: 10 g/s, H 50 m, u 6 m/s, D, Pasquill-Gifford ISC3, 500 m → 19.2 µg/m³ (19.17 recomputed)
        GaussianPlume plume = new GaussianPlume(50, 6, new PasquillGiffordSpread(StabilityClass.D));
        double microgramsPerM3 = 10e6 * plume.concentrationPerRate(500, 0, 0);
        assertEquals(19.17, microgramsPerM3, 0.005);
    }

    @Test
    void ccpsPage97GroundReleaseClassF() {
        // §2.6 #5: 0.1 kg/s at ground, F, u 2 m/s, Briggs rural, 500 m → 1.172e-4 kg/m³
        GaussianPlume plume = new GaussianPlume(0, 2, BriggsSpread.openCountry(StabilityClass.F));
        assertEquals(1.172e-4, 0.1 * plume.concentrationPerRate(500, 0, 0), 0.0005e-4);
    }

    @Test
    void lidImagesApproachTheWellMixedLimit() {
        // Turner (1970) eq. 5.2: once σz ≥ 2 h_i the vertical factor is 1/h_i; just below, the 5 image pairs
        // must already be close to it (continuity of ALOHA's switch)
        GaussianPlume plume = new GaussianPlume(10, 3, readOff(50, 1), 100);
        assertEquals(1.0 / 100, plume.verticalTerm(0, 200), 1e-15);
        assertEquals(1.0 / 100, plume.verticalTerm(0, 199.9), 0.01 / 100);
        assertEquals(1.0 / 100, plume.verticalTerm(50, 150), 0.01 / 100);
    }
}
