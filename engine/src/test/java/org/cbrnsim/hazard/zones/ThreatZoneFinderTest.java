package org.cbrnsim.hazard.zones;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.BealsAlongWindSpread;
import org.cbrnsim.hazard.dispersion.BriggsSpread;
import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.junit.jupiter.api.Test;

class ThreatZoneFinderTest {

    /**
     * A cloud with closed-form zones: C = A/x² · exp(−y²/2(0.1x)²). With L = √(A/LOC): length L, greatest
     * half-width 0.2·L·e^(−½)·√(½) = 0.08578·L at x = L/√e, area 0.4·L²·Γ(3/2)/2^(3/2) = 0.12533·L².
     */
    private static ReleaseCloud inverseSquare(double a) {
        return new ReleaseCloud() {
            @Override
            public double concentrationKgPerM3(double xM, double yM, double tS) {
                return peakKgPerM3(xM, yM);
            }

            @Override
            public double peakKgPerM3(double xM, double yM) {
                double sigma = 0.1 * xM;
                return xM <= 0 ? 0 : a / (xM * xM) * Math.exp(-yM * yM / (2 * sigma * sigma));
            }

            @Override
            public String modelName() {
                return "inverse square";
            }
        };
    }

    private static final LevelOfConcern ONE = new LevelOfConcern(1, 1e-3);

    @Test
    void closedFormZoneOfAnInverseSquareCloud() {
        double lengthM = 800;
        ThreatZone zone = new ThreatZoneFinder().find(inverseSquare(1e-3 * lengthM * lengthM), ONE);
        assertEquals(lengthM, zone.lengthM(), 1e-3);
        assertEquals(0, zone.startM(), 0);
        assertEquals(0.2 * lengthM * Math.exp(-0.5) * Math.sqrt(0.5), zone.maxHalfWidthM(), 1e-3);
        assertEquals(0.4 * lengthM * lengthM * Math.sqrt(Math.PI) / 2 / Math.pow(2, 1.5), zone.footprint().getArea(),
                0.01 * lengthM * lengthM * 0.12533);
        assertTrue(zone.footprint().isValid());
        assertEquals(zone.maxHalfWidthM(), zone.footprint().getEnvelopeInternal().getMaxY(), 1e-9);
        assertEquals(-zone.maxHalfWidthM(), zone.footprint().getEnvelopeInternal().getMinY(), 1e-9);
        assertFalse(zone.reachesLengthCap());
        assertFalse(zone.shorterThanReported());
    }

    @Test
    void zonesBeyondTenKilometresAreCappedAndFlagged() {
        ThreatZone zone = new ThreatZoneFinder().find(inverseSquare(1e-3 * 20_000 * 20_000), ONE);
        assertEquals(10_000, zone.lengthM(), 0);
        assertTrue(zone.reachesLengthCap());
    }

    @Test
    void levelNeverReached() {
        ThreatZone zone = new ThreatZoneFinder().find(inverseSquare(1e-4), ONE);
        assertEquals(0, zone.lengthM(), 0);
        assertTrue(zone.footprint().isEmpty());
        assertTrue(zone.shorterThanReported());
    }

    @Test
    void tinyZoneIsFlaggedAsShorterThanTenMetres() {
        ThreatZone zone = new ThreatZoneFinder().find(inverseSquare(1e-3 * 6 * 6), ONE);
        assertEquals(6, zone.lengthM(), 1e-3);
        assertTrue(zone.shorterThanReported());
    }

    @Test
    void elevatedSourceZoneStartsDownwindWhereTheGroundConcentrationRises() {
        // 50 m stack, class D: ground concentration is nil near the stack and peaks some hundreds of metres out
        GaussianPlume plume = new GaussianPlume(50, 5, BriggsSpread.openCountry(StabilityClass.D));
        ReleaseCloud cloud = new FiniteDurationPlume(List.of(new ReleaseStep(0, 3600, 10)), plume,
                new BealsAlongWindSpread(StabilityClass.D), 0);
        double groundMaxKgPerM3 = 0;
        for (double x = 10; x < 5000; x += 1) {
            groundMaxKgPerM3 = Math.max(groundMaxKgPerM3, cloud.peakKgPerM3(x, 0));
        }
        LevelOfConcern level = new LevelOfConcern(1, 0.5 * groundMaxKgPerM3);
        ThreatZone zone = new ThreatZoneFinder().find(cloud, level);
        assertTrue(zone.startM() > 50, "start " + zone.startM());
        assertTrue(zone.lengthM() > zone.startM());
        assertEquals(level.kgPerM3(), cloud.peakKgPerM3(zone.startM(), 0), 1e-6 * level.kgPerM3());
        assertEquals(level.kgPerM3(), cloud.peakKgPerM3(zone.lengthM(), 0), 1e-6 * level.kgPerM3());
        assertTrue(zone.footprint().isValid());
        assertEquals(zone.startM(), zone.footprint().getEnvelopeInternal().getMinX(), 1e-9);

        // a level just below the ground maximum gives a narrow zone that a coarse grid alone could miss
        LevelOfConcern nearMax = new LevelOfConcern(1, 0.999 * groundMaxKgPerM3);
        ThreatZone narrow = new ThreatZoneFinder().find(cloud, nearMax);
        assertTrue(narrow.lengthM() > narrow.startM() && narrow.startM() > 0, narrow.toString());
    }

    @Test
    void upToThreeLevels() {
        ReleaseCloud cloud = inverseSquare(100);
        List<ThreatZone> zones = new ThreatZoneFinder().find(cloud, List.of(
                new LevelOfConcern(20, 1e-2), new LevelOfConcern(2, 1e-3), new LevelOfConcern(0.5, 2.5e-4)));
        assertEquals(100, zones.get(0).lengthM(), 1e-3);
        assertEquals(Math.sqrt(1e5), zones.get(1).lengthM(), 1e-3);
        assertEquals(Math.sqrt(4e5), zones.get(2).lengthM(), 1e-3);
        assertThrows(IllegalArgumentException.class, () -> new ThreatZoneFinder().find(cloud, List.of(
                ONE, ONE, ONE, ONE)));
    }
}
