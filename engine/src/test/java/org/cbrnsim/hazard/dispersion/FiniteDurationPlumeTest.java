package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.analysis.integration.SimpsonIntegrator;
import org.apache.commons.math3.special.Erf;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.source.ReleaseStep;
import org.junit.jupiter.api.Test;

class FiniteDurationPlumeTest {

    private static final GaussianPlume GROUND_D = new GaussianPlume(0, 4, BriggsSpread.aloha(StabilityClass.D, 0.03));
    private static final AlongWindSpread BEALS_D = new BealsAlongWindSpread(StabilityClass.D);

    private static FiniteDurationPlume cloud(List<ReleaseStep> steps) {
        return new FiniteDurationPlume(steps, GROUND_D, BEALS_D, 0);
    }

    @Test
    void longReleaseNearTheSourcePeaksAtTheSteadyPlume() {
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 3600, 2)));
        double steady = 2 * GROUND_D.concentrationPerRate(300, 10, 0);
        assertEquals(steady, cloud.peakKgPerM3(300, 10), 1e-12 * steady);
    }

    @Test
    void shortReleasePeaksAtPalazziClosedForm() {
        // Palazzi et al. (1982): a 60 s release seen at 3 km peaks at χ·erf(U·tr/(2√2 σx)), σx = 367 m (Beals D)
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 60, 5)));
        double chi = 5 * GROUND_D.concentrationPerRate(3000, 0, 0);
        double expected = chi * Erf.erf(4 * 60 / (2 * Math.sqrt(2) * BEALS_D.sigmaXM(3000)));
        assertEquals(expected, cloud.peakKgPerM3(3000, 0), 1e-12 * expected);
        assertEquals(0.256, expected / chi, 0.001, "a 1-minute cloud at 3 km is smeared to a quarter of the steady plume");
    }

    @Test
    void peakIsTheMaximumOverTime() {
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 60, 5)));
        double peak = cloud.peakKgPerM3(1000, 0);
        double scanned = 0;
        for (double t = 0; t <= 3600; t += 0.05) {
            scanned = Math.max(scanned, cloud.concentrationKgPerM3(1000, 0, t));
        }
        assertTrue(peak >= scanned * (1 - 1e-12), "peak " + peak + " below a scanned value " + scanned);
        assertEquals(scanned, peak, 1e-6 * peak);
    }

    @Test
    void timeIntegralIsTheReleasedMassTimesTheSteadyPlumePerRate() {
        // ∫ C dt = (χ/Q)·Σ Q_i·t_r,i: each step's along-wind Gaussian integrates to its duration
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 120, 3), new ReleaseStep(120, 300, 1)));
        double xM = 800;
        double integral = new SimpsonIntegrator(1e-10, 1e-14, 3, 20)
                .integrate(2_000_000, t -> cloud.concentrationKgPerM3(xM, 0, t), 0, 2000);
        double expected = (3 * 120 + 1 * 180) * GROUND_D.concentrationPerRate(xM, 0, 0);
        assertEquals(expected, integral, 1e-6 * expected);
    }

    @Test
    void adjacentEqualStepsBehaveAsOneStep() {
        // the erf differences of adjacent steps telescope, so the searched peak must equal the closed form
        FiniteDurationPlume one = cloud(List.of(new ReleaseStep(0, 600, 1)));
        FiniteDurationPlume five = cloud(List.of(new ReleaseStep(0, 100, 1), new ReleaseStep(100, 250, 1),
                new ReleaseStep(250, 300, 1), new ReleaseStep(300, 420, 1), new ReleaseStep(420, 600, 1)));
        for (double x : new double[] {5, 50, 500, 2000, 8000, 20_000}) {
            double expected = one.peakKgPerM3(x, 0);
            assertEquals(expected, five.peakKgPerM3(x, 0), 1e-9 * expected, "x = " + x);
            assertEquals(one.concentrationKgPerM3(x, 0, 700), five.concentrationKgPerM3(x, 0, 700), 1e-9 * expected);
        }
    }

    @Test
    void multiStepPeakMatchesADenseScan() {
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 60, 10), new ReleaseStep(60, 1800, 1),
                new ReleaseStep(1800, 1900, 4)));
        for (double x : new double[] {30, 400, 3000}) {
            double scanned = 0;
            for (double t = 0; t <= 3600; t += 0.02) {
                scanned = Math.max(scanned, cloud.concentrationKgPerM3(x, 0, t));
            }
            assertEquals(scanned, cloud.peakKgPerM3(x, 0), 1e-6 * scanned, "x = " + x);
        }
    }

    @Test
    void horizonLimitsThePeak() {
        // at 20 km with U = 4 m/s the cloud's centre arrives after 5000 s: during ALOHA's first hour only its
        // smeared front (σx = 3.2 km) is seen, and the peak is the value at the horizon
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(0, 3600, 1)));
        assertEquals(cloud.concentrationKgPerM3(20_000, 0, 3600), cloud.peakKgPerM3(20_000, 0), 0);
        assertTrue(cloud.peakKgPerM3(20_000, 0) < 0.1 * GROUND_D.concentrationPerRate(20_000, 0, 0));
        // at 10 km the front arrives at 2500 s and is still rising at the horizon: the peak is the value at 3600 s
        assertEquals(cloud.concentrationKgPerM3(10_000, 0, 3600), cloud.peakKgPerM3(10_000, 0), 0);
        FiniteDurationPlume longer = new FiniteDurationPlume(List.of(new ReleaseStep(0, 3600, 1)), GROUND_D, BEALS_D, 0, 7200);
        assertTrue(longer.peakKgPerM3(10_000, 0) > cloud.peakKgPerM3(10_000, 0));
    }

    @Test
    void nothingBeforeTheReleaseOrUpwind() {
        FiniteDurationPlume cloud = cloud(List.of(new ReleaseStep(100, 200, 1)));
        assertEquals(0, cloud.concentrationKgPerM3(50, 0, 100), 0);
        assertEquals(0, cloud.peakKgPerM3(-10, 0), 0);
        assertTrue(cloud.modelName().contains("ALOHA Table 13") && cloud.modelName().contains("Beals"), cloud.modelName());
    }

    /**
     * At the source nothing travels and nothing is smeared: the effective rate is the sum of the steps on, the
     * limit of the erf bracket as x → 0 (checked at x = 1 mm, where σx is 15 µm), and its peak the greatest of them
     * within the horizon.
     */
    @Test
    void atTheSourceTheRatesOnAreHeldWithoutSmearing() {
        List<ReleaseStep> steps = List.of(new ReleaseStep(0, 60, 10), new ReleaseStep(60, 1800, 1), new ReleaseStep(1800, 1900, 4));
        FiniteDurationPlume cloud = cloud(steps);
        double[] times = {30, 100, 1850, 2000};
        double[] ratesOn = {10, 1, 4, 0};
        for (int i = 0; i < times.length; i++) {
            assertEquals(ratesOn[i], cloud.effectiveRateKgPerS(0, times[i]), 0.0, "t = " + times[i]);
            assertEquals(ratesOn[i], cloud.effectiveRateKgPerS(1e-3, times[i]), 1e-12, "t = " + times[i]);
        }
        assertEquals(10, cloud.peakEffectiveRateKgPerS(-5), 0.0);
        FiniteDurationPlume late = new FiniteDurationPlume(List.of(new ReleaseStep(60, 1800, 1), new ReleaseStep(1800, 1900, 4)),
                GROUND_D, BEALS_D, 0, 1000);
        assertEquals(1, late.peakEffectiveRateKgPerS(0), 0.0, "the 4 kg/s step starts after the horizon");
        assertEquals(0, cloud.concentrationKgPerM3(-10, 0, 30), 0.0, "a Gaussian plume has nothing upwind");
    }

    @Test
    void rejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> cloud(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteDurationPlume(List.of(new ReleaseStep(0, 1, 1)), GROUND_D, BEALS_D, -1));
        assertThrows(IllegalArgumentException.class,
                () -> new FiniteDurationPlume(List.of(new ReleaseStep(0, 1, 1)), GROUND_D, BEALS_D, 0, 0));
    }
}
