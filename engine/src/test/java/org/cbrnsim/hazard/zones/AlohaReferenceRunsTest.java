package org.cbrnsim.hazard.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.BealsAlongWindSpread;
import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ALOHA 5.4.7 threat-zone lengths of the HAZEL runs K1, K2, K7 (dispersion.md §1.11): Gaussian model,
 * direct ground release for 60 min, open country z0 = 3 cm, ALOHA Table 13 sigmas, the 3 m transport
 * winds given there, ppm at the ambient temperature and 1 atm. Agreement expected within 5 %.
 */
class AlohaReferenceRunsTest {

    private static final double CELSIUS_TO_KELVIN = 273.15;

    private static List<ThreatZone> zones(double rateKgPerMin, StabilityClass stability, double transportMps,
                                          double molarMassKgPerMol, double temperatureC) {
        GaussianPlume plume = new GaussianPlume(0, transportMps, SigmaSets.named("aloha", stability, 0.03));
        ReleaseCloud cloud = new FiniteDurationPlume(List.of(new ReleaseStep(0, 3600, rateKgPerMin / 60)), plume,
                new BealsAlongWindSpread(stability), 0);
        double temperatureK = temperatureC + CELSIUS_TO_KELVIN;
        List<LevelOfConcern> levels = List.of(
                LevelOfConcern.fromPpm(1000, molarMassKgPerMol, temperatureK),
                LevelOfConcern.fromPpm(100, molarMassKgPerMol, temperatureK),
                LevelOfConcern.fromPpm(10, molarMassKgPerMol, temperatureK));
        return new ThreatZoneFinder().find(cloud, levels);
    }

    /** ALOHA's reported length: a number (within 5 %) or "<10" (model shorter than 10 m but not nil). */
    private static void assertMatchesAloha(String aloha, ThreatZone zone) {
        assertFalse(zone.reachesLengthCap());
        if (aloha.equals("<10")) {
            assertTrue(zone.shorterThanReported() && zone.lengthM() > 0, "ALOHA \"<10\" m, model " + zone.lengthM() + " m");
        } else {
            double alohaM = Double.parseDouble(aloha);
            assertEquals(alohaM, zone.lengthM(), 0.05 * alohaM, "ALOHA " + alohaM + " m, model " + zone.lengthM() + " m");
        }
    }

    @ParameterizedTest(name = "{0}: ALOHA {6} / {7} / {8} m")
    @CsvSource({
        "K1, 0.1, F, 0.92, 0.01703, 10, 35, 113, 373",
        "K2, 0.1, D, 3.97, 0.01703, 15, <10, 20, 64",
        "K7, 27.9, D, 3.97, 0.03204, 15, 78, 262, 970"})
    void zoneLengthsAt1000And100And10Ppm(String run, double rateKgPerMin, StabilityClass stability, double transportMps,
                                         double molarMassKgPerMol, double temperatureC,
                                         String red, String orange, String yellow) {
        List<ThreatZone> z = zones(rateKgPerMin, stability, transportMps, molarMassKgPerMol, temperatureC);
        assertMatchesAloha(red, z.get(0));
        assertMatchesAloha(orange, z.get(1));
        assertMatchesAloha(yellow, z.get(2));
    }
}
