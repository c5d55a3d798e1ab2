package org.cbrnsim.hazard.dispersion;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Passive clouds that start with a width and a depth: virtual sources for σy and σz apart. */
class VirtualSourceSpreadTest {

    private static final PlumeSpread BRIGGS_D = BriggsSpread.aloha(StabilityClass.D, 0.03);

    /**
     * Briggs open-country class D: σy = 0.08x/√(1 + 0.0001x), σz = 0.06x/√(1 + 0.0015x). Starting with
     * σy0 = 0.08·500/√1.05 = 39.036 m and σz0 = 0.06·200/√1.3 = 10.525 m, the virtual distances are 500 m and
     * 200 m, and 100 m on the cloud has σ of 600 m and 300 m.
     */
    @Test
    void eachSpreadGrowsOnFromItsOwnVirtualDistance() {
        double sigmaY0 = 0.08 * 500 / Math.sqrt(1.05);
        double sigmaZ0 = 0.06 * 200 / Math.sqrt(1.3);
        VirtualSourceSpread spread = new VirtualSourceSpread(BRIGGS_D, sigmaY0, sigmaZ0);
        assertEquals(500, spread.virtualYM(), 1e-3);
        assertEquals(200, spread.virtualZM(), 1e-3);
        assertEquals(sigmaY0, spread.sigmaYM(0), 1e-6);
        assertEquals(sigmaZ0, spread.sigmaZM(0), 1e-6);
        assertEquals(0.08 * 600 / Math.sqrt(1.06), spread.sigmaYM(100), 1e-6);
        assertEquals(0.06 * 300 / Math.sqrt(1.45), spread.sigmaZM(100), 1e-6);
    }

    /** A puff handed over with σ carries them exactly, then grows on the same shifted curves as the plume. */
    @Test
    void aHandedOverPuffGrowsLikeTheVirtualSourcePlume() {
        GaussianPuffField field = new GaussianPuffField(BRIGGS_D);
        field.addPuffWithSpread(10, 0, 0, 0, 0, 39.036, 10.525, 0);
        assertEquals(39.036, field.sigmaHorizontalM(0), 1e-12);
        assertEquals(10.525, field.sigmaVerticalM(0), 1e-12);
        field.advance(50, 2, 0);
        VirtualSourceSpread spread = new VirtualSourceSpread(BRIGGS_D, 39.036, 10.525);
        assertEquals(spread.sigmaYM(100), field.sigmaHorizontalM(0), 1e-6);
        assertEquals(spread.sigmaZM(100), field.sigmaVerticalM(0), 1e-6);
        field.addPuffWithSpread(10, 0, 0, 0, 0, 39.036, 10.525, 100);
        assertEquals(field.sigmaHorizontalM(0), field.sigmaHorizontalM(1), 1e-9, "grown over 100 m at once");
        field.truncate(1);
        assertEquals(1, field.size());
    }
}
