package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

/** Mass lost by puffs to dry deposition (source depletion) and to first-order decay, against hand arithmetic. */
class PuffRemovalTest {

    private static final double VD_MPS = 0.01;

    @Test
    void wellMixedLayerLosesVdOverHAsInTheReferenceArithmetic() {
        // casualty-mechanisms.md §1.3: vd = 1 cm/s, H = 10 m, 10 min → exp(−0.6) = 0.5488, i.e. 45 % lost.
        // A puff whose σz (D, 1 km: 37.9 m) exceeds 2× a 10 m lid is well mixed: g_z(0) = 1/H.
        GaussianPuffField field = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.D), 0, 10);
        field.addPuff(100, 0, 0, 1, 1000);
        double lostKg = 0;
        for (int minute = 0; minute < 10; minute++) {
            lostKg += field.depositDry(VD_MPS, 60);
        }
        assertEquals(54.88, field.totalMassKg(), 0.01);
        assertEquals(45.12, lostKg, 0.01);
    }

    @Test
    void groundPuffAlongItsPathLosesTheSourceDepletionIntegral() {
        // dM/dt = −vd·M·√(2/π)/σz for a ground-level puff (Chamberlain 1953 source depletion). Travelling at u
        // from x0 to x1 with Briggs open-country D σz = a·x·(1 + b·x)^−½ (a = 0.06, b = 0.0015):
        // ln(M1/M0) = −vd·√(2/π)/u · ∫ dx/σz, and ∫ dx/σz = (1/a)·[2s + ln((s − 1)/(s + 1))], s = √(1 + b·x).
        // x0 = 100 m: s = 1.072381, bracket −1.209729; x1 = 1000 m: s = 1.581139, bracket 1.671308;
        // integral = 2.881037/0.06 = 48.0173; exponent = 0.01 × 0.797885/5 × 48.0173 = 0.076624 → 0.926238.
        GaussianPuffField field = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.D));
        field.addPuff(1, 0, 0, 0, 100);
        double windMps = 5;
        double stepS = 0.1;
        double depositedKg = 0;
        for (int i = 0; i < 1800; i++) {
            field.advance(stepS, windMps, 0);
            depositedKg += field.depositDry(VD_MPS, stepS);
        }
        assertEquals(1000, field.centreXM(0) + 100, 1e-6);
        assertEquals(0.926238, field.totalMassKg(), 2e-4);
        assertEquals(1 - field.totalMassKg(), depositedKg, 1e-12, "what leaves the air is on the ground");
    }

    @Test
    void tenCoarseStepsComeCloseToTheIntegralByTheMidpointRule() {
        // The same path in 10 steps of 18 s (90 m): σz taken halfway through each step gives 0.926974 (hand sum of
        // the 10 midpoint terms); σz at the step's end would give 0.934868.
        GaussianPuffField field = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.D));
        field.addPuff(1, 0, 0, 0, 100);
        for (int i = 0; i < 10; i++) {
            field.advance(18, 5, 0);
            field.depositDry(VD_MPS, 18);
        }
        assertEquals(0.926974, field.totalMassKg(), 1e-5);
        assertEquals(0.926238, field.totalMassKg(), 1e-3, "within 0.1 % of the exact integral");
    }

    @Test
    void anElevatedPuffDepositsLessThanAGroundPuff() {
        GaussianPuffField ground = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.F));
        GaussianPuffField raised = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.F));
        ground.addPuff(1, 0, 0, 0, 300);
        raised.addPuff(1, 0, 0, 10, 300);
        double sz = ground.sigmaVerticalM(0);
        double groundLost = ground.depositDry(VD_MPS, 60);
        double raisedLost = raised.depositDry(VD_MPS, 60);
        assertEquals(1 - Math.exp(-VD_MPS * Math.sqrt(2 / Math.PI) / sz * 60), groundLost, 1e-12);
        assertEquals(1 - Math.exp(-VD_MPS * Math.sqrt(2 / Math.PI) / sz * Math.exp(-100 / (2 * sz * sz)) * 60),
                raisedLost, 1e-12);
    }

    @Test
    void decayIsExponentialInTime() {
        GaussianPuffField field = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.D));
        field.addPuff(3, 0, 0, 0, 50);
        field.addPuff(1, 10, 0, 0, 60);
        double lostKg = field.decay(3e-4, 1800);
        assertEquals(4 * Math.exp(-0.54), field.totalMassKg(), 1e-12);
        assertEquals(4 * (1 - Math.exp(-0.54)), lostKg, 1e-12);
    }

    @Test
    void negativeRatesAreRefused() {
        GaussianPuffField field = new GaussianPuffField(BriggsSpread.openCountry(StabilityClass.D));
        assertThrows(IllegalArgumentException.class, () -> field.depositDry(-0.01, 60));
        assertThrows(IllegalArgumentException.class, () -> field.decay(Double.NaN, 60));
        assertThrows(IllegalArgumentException.class, () -> field.decay(1e-4, -1));
    }
}
