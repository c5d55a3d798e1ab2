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
import org.junit.jupiter.api.Test;

/**
 * ALOHA 5.4.7 threat-zone lengths of the HAZEL runs K1, K2, K7 (dispersion.md §1.11): Gaussian model,
 * direct ground release for 60 min, open country z0 = 3 cm, ALOHA Table 13 sigmas, the 3 m transport
 * winds given there, ppm at the ambient temperature and 1 atm. Agreement expected within 5 %.
 */
class AlohaReferenceRunsTest {

    private static final double AMMONIA_KG_PER_MOL = 0.01703;
    private static final double METHANOL_KG_PER_MOL = 0.03204;
    private static final double CELSIUS_TO_KELVIN = 273.15;

    private static List<ThreatZone> zones(double rateKgPerMin, StabilityClass stability, double transportMps,
                                          double molarMassKgPerMol, double temperatureC) {
        GaussianPlume plume = new GaussianPlume(0, transportMps, SigmaSets.named("aloha", stability, 0.03));
        ReleaseCloud cloud = new FiniteDurationPlume(List.of(new ReleaseStep(0, 3600, rateKgPerMin / 60)), plume,
                BealsAlongWindSpread.forClass(stability), 0);
        double temperatureK = temperatureC + CELSIUS_TO_KELVIN;
        List<LevelOfConcern> levels = List.of(
                LevelOfConcern.fromPpm(1000, molarMassKgPerMol, temperatureK),
                LevelOfConcern.fromPpm(100, molarMassKgPerMol, temperatureK),
                LevelOfConcern.fromPpm(10, molarMassKgPerMol, temperatureK));
        return new ThreatZoneFinder().find(cloud, levels);
    }

    private static void assertWithinFivePercent(double alohaM, ThreatZone zone) {
        assertEquals(alohaM, zone.lengthM(), 0.05 * alohaM, "ALOHA " + alohaM + " m, model " + zone.lengthM() + " m");
        assertFalse(zone.reachesLengthCap());
    }

    @Test
    void k1AmmoniaClassFLowWind() {
        List<ThreatZone> z = zones(0.1, StabilityClass.F, 0.92, AMMONIA_KG_PER_MOL, 10);
        assertWithinFivePercent(35, z.get(0));
        assertWithinFivePercent(113, z.get(1));
        assertWithinFivePercent(373, z.get(2));
    }

    @Test
    void k2AmmoniaClassDFiveMetresPerSecond() {
        List<ThreatZone> z = zones(0.1, StabilityClass.D, 3.97, AMMONIA_KG_PER_MOL, 15);
        assertTrue(z.get(0).shorterThanReported(), "ALOHA reports \"<10\" m, model " + z.get(0).lengthM() + " m");
        assertTrue(z.get(0).lengthM() > 0);
        assertWithinFivePercent(20, z.get(1));
        assertWithinFivePercent(64, z.get(2));
    }

    @Test
    void k7MethanolClassDFiveMetresPerSecond() {
        List<ThreatZone> z = zones(27.9, StabilityClass.D, 3.97, METHANOL_KG_PER_MOL, 15);
        assertWithinFivePercent(78, z.get(0));
        assertWithinFivePercent(262, z.get(1));
        assertWithinFivePercent(970, z.get(2));
    }
}
