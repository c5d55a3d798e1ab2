package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.AlongWindSpread;
import org.cbrnsim.hazard.dispersion.BealsAlongWindSpread;
import org.cbrnsim.hazard.dispersion.FiniteDurationPlume;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.special.Erf;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.junit.jupiter.api.Test;

/** The steady Britter-McQuaid plume as a field, and the dense cloud of a finite release made from it. */
class BritterMcQuaidSteadyFieldTest {

    /** The CCPS (1999) p. 122 LNG release: 97.9 kg/s for 174 s, 10.9 m/s at 10 m, ambient 298 K. */
    private static final DenseGasAtmosphere AIR = DenseGasAtmosphere.dryAir(298, 101325, 10.9);
    private static final DenseGasSourceCloud LNG = DenseGasSourceCloud.pureVapour(1.76, 273.15 - 162);
    private static final double RATE = 0.23 * 425.6;
    private static final double DURATION = 174;
    private static final AlongWindSpread BEALS_F = new BealsAlongWindSpread(StabilityClass.F);

    private static BritterMcQuaidSteadyField field() {
        return new BritterMcQuaidSteadyField(RATE, LNG, AIR, DenseGasTestSupport.briggsRuralF());
    }

    private static FiniteDurationPlume cloud() {
        return new FiniteDurationPlume(List.of(new ReleaseStep(0, DURATION, RATE)), field(), BEALS_F, 0);
    }

    @Test
    void fieldIsTheSteadyPlumePerUnitOfItsRate() {
        BritterMcQuaidSteadyField field = field();
        BritterMcQuaidPlume plume = new BritterMcQuaidPlume(RATE, DURATION, LNG, AIR, DenseGasTestSupport.briggsRuralF());
        for (double x : new double[] {-1, 45.2, 367, 2000, 10_000}) {
            for (double y : new double[] {0, 3, 30}) {
                double expected = plume.peakKgPerM3(x, y) / RATE;
                assertEquals(expected, field.concentrationPerRate(x, y, 0), 1e-15 * expected, "x = " + x + ", y = " + y);
            }
        }
        assertEquals(10.9, field.transportSpeedMps(), 0.0);
        assertEquals(0.0, field.highestReceptorHeightM(), 0.0);
        assertEquals(RATE, field.fixedRateKgPerS().orElseThrow(), 0.0);
    }

    /**
     * CCPS (1999) p. 122: the LFL (5 % v/v) lies 367 m downwind (dispersion.md §2.6). There σx (Beals F,
     * 0.17·367^0.97 = 52 m) is far below u·T = 1897 m, so the 174 s release is steady at 367 m and the smeared
     * cloud keeps the book's distance (2 %, as in {@link BritterMcQuaidPlumeTest}).
     */
    @Test
    void ccpsLngLowerFlammabilityLimitSurvivesTheSmearing() {
        FiniteDurationPlume cloud = cloud();
        double x = new BrentSolver(1e-9).solve(200, d -> LNG.volumeFraction(
                cloud.peakKgPerM3(d, 0) / LNG.releasedConcentrationKgPerM3(), 298) - 0.05, 50, 1000);
        assertEquals(367.0, x, 0.02 * 367.0);
    }

    /**
     * Far away the 174 s release is short against its along-wind spread: at 5 km (arrival 459 s &gt; T/2) the peak is
     * Palazzi's steady value times erf(u·T/(2√2 σx)), σx = 0.17·x^0.97 (Beals F, dispersion.md §1.4).
     */
    @Test
    void farAwayThePeakIsPalazzisClosedForm() {
        double x = 5000;
        double steady = RATE * field().concentrationPerRate(x, 0, 0);
        double factor = Erf.erf(10.9 * DURATION / (2 * Math.sqrt(2) * 0.17 * Math.pow(x, 0.97)));
        assertTrue(factor < 0.9, "the release must look short at 5 km, factor " + factor);
        assertEquals(steady * factor, cloud().peakKgPerM3(x, 0), 1e-9 * steady * factor);
    }

    @Test
    void peakNeverExceedsTheSteadyPlumeAndNeverRisesDownwind() {
        FiniteDurationPlume cloud = cloud();
        BritterMcQuaidSteadyField field = field();
        double previous = Double.POSITIVE_INFINITY;
        for (double x = 1; x <= 20_000; x *= 1.05) {
            double peak = cloud.peakKgPerM3(x, 0);
            assertTrue(peak <= RATE * field.concentrationPerRate(x, 0, 0) * (1 + 1e-12), "x = " + x);
            assertTrue(peak <= previous * (1 + 1e-9), "x = " + x);
            previous = peak;
        }
    }

    /** Upwind of the source the workbook's box holds the source concentration (1.76 kg/m³) while the release lasts. */
    @Test
    void upwindBoxHoldsTheSourceConcentrationWhileTheReleaseLasts() {
        FiniteDurationPlume cloud = cloud();
        double x = -1;
        assertEquals(1.76, cloud.peakKgPerM3(x, 0), 1e-12);
        assertEquals(0.0, cloud.concentrationKgPerM3(x, 0, 0), 0.0);
        assertEquals(1.76, cloud.concentrationKgPerM3(x, 0, 100), 1e-12);
        assertEquals(0.0, cloud.concentrationKgPerM3(x, 0, DURATION + 1), 0.0);
        assertEquals(0.0, cloud.peakKgPerM3(-100, 0), 0.0);
    }

    @Test
    void aDenseFieldTakesOneGroundLevelStepOfItsOwnRate() {
        BritterMcQuaidSteadyField field = field();
        assertThrows(IllegalArgumentException.class, () -> new FiniteDurationPlume(
                List.of(new ReleaseStep(0, 60, RATE), new ReleaseStep(60, 120, RATE)), field, BEALS_F, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteDurationPlume(List.of(new ReleaseStep(0, 60, RATE / 2)), field, BEALS_F, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteDurationPlume(List.of(new ReleaseStep(0, 60, RATE)), field, BEALS_F, 1.5));
        assertThrows(IllegalArgumentException.class, () -> field.concentrationPerRate(100, 0, 1.5));
        String name = cloud().modelName();
        assertTrue(name.contains("Britter-McQuaid dense plume") && name.contains("Palazzi") && name.contains("Beals"), name);
    }
}
