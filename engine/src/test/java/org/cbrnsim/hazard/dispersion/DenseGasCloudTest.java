package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DenseGasCloudTest {

    /** The CCPS (1999) p. 122 LNG release: 97.9 kg/s for 174 s, 10.9 m/s, ambient 298 K. */
    private static final DenseGasAtmosphere AIR = DenseGasAtmosphere.dryAir(298, 101325, 10.9);
    private static final DenseGasSourceCloud LNG = DenseGasSourceCloud.pureVapour(1.76, 273.15 - 162);
    private static final double RATE = 0.23 * 425.6;
    private static final double DURATION = 174;

    private static DenseGasCloud cloud() {
        return new DenseGasCloud(RATE, DURATION, LNG, AIR, DenseGasTestSupport.briggsRuralF(), DenseGasTestSupport.puffF());
    }

    /** β = u·T/x: 10.9·174 = 1896.6 m, so continuous to 758.6 m and instantaneous from 3161 m. */
    @Test
    void releaseModeByTheWorkbookCriterion() {
        assertEquals(BritterMcQuaidReleaseMode.CONTINUOUS, BritterMcQuaidReleaseMode.at(10.9, DURATION, 758));
        assertEquals(BritterMcQuaidReleaseMode.INTERMEDIATE, BritterMcQuaidReleaseMode.at(10.9, DURATION, 760));
        assertEquals(BritterMcQuaidReleaseMode.INTERMEDIATE, BritterMcQuaidReleaseMode.at(10.9, DURATION, 3160));
        assertEquals(BritterMcQuaidReleaseMode.INSTANTANEOUS, BritterMcQuaidReleaseMode.at(10.9, DURATION, 3162));
        assertEquals(BritterMcQuaidReleaseMode.CONTINUOUS, BritterMcQuaidReleaseMode.at(10.9, DURATION, -3));
        assertThrows(IllegalArgumentException.class, () -> BritterMcQuaidReleaseMode.at(0, DURATION, 10));
    }

    /** The CCPS example's LFL distance lies in the continuous range, so the plume answers it. */
    @Test
    void continuousNearTheSource() {
        DenseGasCloud cloud = cloud();
        BritterMcQuaidPlume plume = new BritterMcQuaidPlume(RATE, DURATION, LNG, AIR, DenseGasTestSupport.briggsRuralF());
        assertTrue(cloud.modelAt(367) instanceof BritterMcQuaidPlume);
        assertEquals(plume.peakKgPerM3(367, 10), cloud.peakKgPerM3(367, 10), 0.0);
        assertEquals(plume.concentrationKgPerM3(367, 0, 100), cloud.concentrationKgPerM3(367, 0, 100), 0.0);
    }

    @Test
    void instantaneousFarAwayAndTheLowerBoundBetween() {
        DenseGasCloud cloud = cloud();
        BritterMcQuaidPuff puff = new BritterMcQuaidPuff(RATE * DURATION, LNG, AIR, DenseGasTestSupport.puffF());
        BritterMcQuaidPlume plume = new BritterMcQuaidPlume(RATE, DURATION, LNG, AIR, DenseGasTestSupport.briggsRuralF());
        assertEquals(puff.peakKgPerM3(5000, 0), cloud.peakKgPerM3(5000, 0), 0.0);
        double x = 1500;
        assertEquals(Math.min(plume.peakKgPerM3(x, 0), puff.peakKgPerM3(x, 0)), cloud.peakKgPerM3(x, 0), 0.0);
        assertTrue(cloud.modelName().contains("plume") && cloud.modelName().contains("puff"));
    }

    @Test
    void needsAFiniteDuration() {
        PlumeSpread f = DenseGasTestSupport.briggsRuralF();
        assertThrows(IllegalArgumentException.class,
                () -> new DenseGasCloud(RATE, Double.POSITIVE_INFINITY, LNG, AIR, f, DenseGasTestSupport.puffF()));
    }
}
