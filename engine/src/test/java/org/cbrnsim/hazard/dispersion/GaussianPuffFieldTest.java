package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

class GaussianPuffFieldTest {

    @Test
    void ccpsPage101PuffAtItsCentre() {
        // dispersion.md §2.6 #6: 1 kg at ground, F, u 2 m/s, centre at 500 m after 250 s:
        // σx = σy = 5.048 m, σz = 2.215 m, peak 2.250e-3 kg/m³
        GaussianPuffField field = new GaussianPuffField(new CcpsPuffSpread(StabilityClass.F));
        field.addPuff(1, 0, 0, 0, 0);
        for (int step = 0; step < 25; step++) {
            field.advance(10, 2, 0);
        }
        assertEquals(5.048, field.sigmaHorizontalM(0), 0.0005);
        assertEquals(2.215, field.sigmaVerticalM(0), 0.0005);
        assertEquals(2.250e-3, field.concentrationAt(500, 0, 0), 0.0005e-3);
    }

    @Test
    void steadyStreamOfPuffsReproducesTheSteadyPlumeFarFromTheSource() {
        PlumeSpread spread = BriggsSpread.aloha(StabilityClass.D, 0.03);
        double rateKgPerS = 1;
        double windMps = 5;
        GaussianPuffField field = new GaussianPuffField(spread);
        for (int step = 0; step < 900; step++) {
            field.advance(1, windMps, 0);
            field.emit(rateKgPerS * 1, 1, 2, 0, 0, 2, windMps, 0);
        }
        GaussianPlume plume = new GaussianPlume(2, windMps, spread);
        for (double x : new double[] {500, 1000, 2000}) {
            double steady = rateKgPerS * plume.concentrationPerRate(x, 0, 0);
            assertEquals(steady, field.concentrationAt(x, 0, 0), 0.01 * steady, "x = " + x);
            double offAxis = rateKgPerS * plume.concentrationPerRate(x, 0.5 * spread.sigmaYM(x), 1.5);
            assertEquals(offAxis, field.concentrationAt(x, 0.5 * spread.sigmaYM(x), 1.5), 0.01 * offAxis, "x = " + x);
        }
    }

    @Test
    void puffsFollowAChangingWind() {
        GaussianPuffField field = new GaussianPuffField(new CcpsPuffSpread(StabilityClass.D));
        field.addPuff(1, 0, 0, 0, 0);
        field.advance(100, 3, 0);   // 300 m east
        field.advance(100, 0, 4);   // then 400 m north: travel 700 m
        double[] xs = {300, 300, 0};
        double[] ys = {400, 0, 400};
        double[] out = new double[3];
        field.concentrationsAt(xs, ys, 0, out);
        double sigma = new CcpsPuffSpread(StabilityClass.D).sigmaYM(700);
        double sigmaZ = new CcpsPuffSpread(StabilityClass.D).sigmaZM(700);
        double centre = 1 / (Math.sqrt(2) * Math.pow(Math.PI, 1.5) * sigma * sigma * sigmaZ);
        assertEquals(centre, out[0], 1e-12 * centre);
        assertEquals(centre, field.concentrationAt(300, 400, 0), 1e-12 * centre);
        assertEquals(0, out[1], 0, "400 m from the centre is beyond the cut-off");
        assertEquals(0, out[2], 0);
    }

    @Test
    void cutOffAtFourSigma() {
        GaussianPuffField field = new GaussianPuffField(new CcpsPuffSpread(StabilityClass.D));
        field.addPuff(1, 0, 0, 0, 1000);
        double sigma = field.sigmaHorizontalM(0);
        double inside = field.concentrationAt(3.99 * sigma, 0, 0);
        double centre = field.concentrationAt(0, 0, 0);
        assertEquals(Math.exp(-3.99 * 3.99 / 2), inside / centre, 1e-9);
        assertEquals(0, field.concentrationAt(4.01 * sigma, 0, 0), 0);
    }

    @Test
    void lidMixesThePuffOnceItIsTallEnough() {
        // ALOHA Tech Doc §4.3 / Turner (1970) eq. 5.2: σz ≥ 2 h_i → uniform in the vertical, g_z = 1/h_i
        PlumeSpread spread = new CcpsPuffSpread(StabilityClass.A);
        GaussianPuffField field = new GaussianPuffField(spread, 0, 50);
        field.addPuff(2, 0, 0, 10, 1000);
        double sigma = spread.sigmaYM(1000);
        double expected = 2 / (2 * Math.PI * sigma * sigma) / 50;
        assertEquals(expected, field.concentrationAt(0, 0, 0), 1e-12 * expected);
        assertEquals(expected, field.concentrationAt(0, 0, 40), 1e-12 * expected);
    }

    @Test
    void emittedMassIsKeptAndOldPuffsCanBeDropped() {
        GaussianPuffField field = new GaussianPuffField(new CcpsPuffSpread(StabilityClass.D), 1, Double.POSITIVE_INFINITY);
        for (int step = 0; step < 10; step++) {
            field.advance(60, 2, 1);
            field.emit(6, 60, 3, 0, 0, 0, 2, 1);
        }
        assertEquals(30, field.size());
        assertEquals(60, field.totalMassKg(), 1e-9);
        int dropped = field.removeBeyond(5 * 60 * Math.hypot(2, 1));
        assertEquals(15, dropped);
        assertEquals(30, field.totalMassKg(), 1e-9);
    }

    @Test
    void rejectsNonsense() {
        GaussianPuffField field = new GaussianPuffField(new CcpsPuffSpread(StabilityClass.D), 0, 100);
        assertThrows(IllegalArgumentException.class, () -> field.addPuff(-1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> field.addPuff(1, 0, 0, 100, 0));
        assertThrows(IllegalArgumentException.class, () -> field.emit(1, 1, 0, 0, 0, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> field.advance(-1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> field.concentrationsAt(new double[2], new double[1], 0, new double[2]));
    }

    @org.junit.jupiter.api.Test
    void afterAStabilityChangeAPuffGrowsAlongTheNewCurvesFromItsVirtualDistance() {
        PlumeSpread stable = SigmaSets.named("aloha", org.cbrnsim.hazard.atmosphere.StabilityClass.F, 0.03);
        PlumeSpread neutral = SigmaSets.named("aloha", org.cbrnsim.hazard.atmosphere.StabilityClass.D, 0.03);
        GaussianPuffField field = new GaussianPuffField(stable);
        field.addPuff(1, 0, 0, 0, 3000);
        double sigmaY = field.sigmaHorizontalM(0);
        double sigmaZ = field.sigmaVerticalM(0);
        field.changeConditions(neutral, Double.POSITIVE_INFINITY);
        org.junit.jupiter.api.Assertions.assertEquals(sigmaY, field.sigmaHorizontalM(0), 1e-5 * sigmaY);
        org.junit.jupiter.api.Assertions.assertEquals(sigmaZ, field.sigmaVerticalM(0), 1e-5 * sigmaZ);
        // the D curves reach the F σ at a shorter virtual distance; 500 m more travel follows the D curve from there
        double virtualY = new org.apache.commons.math3.analysis.solvers.BrentSolver(1e-9)
                .solve(100, d -> neutral.sigmaYM(d) - sigmaY, 1, 3000);
        field.advance(100, 5, 0);
        org.junit.jupiter.api.Assertions.assertEquals(neutral.sigmaYM(virtualY + 500), field.sigmaHorizontalM(0), 1e-4 * sigmaY);
    }
}
