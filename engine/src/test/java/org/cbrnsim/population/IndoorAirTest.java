package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The single-box model dC_in/dt = λ(C_out − C_in) − k·C_in (exercise-and-response.md §4.5; sink:
 * casualty-mechanisms.md §3.2) against its analytic solution.
 */
class IndoorAirTest {

    private static final double HOUR = 3600.0;
    private static final double STEP = 60.0;

    private static IndoorAir airWith(double normalPerH, double sealedPerH) {
        return airWith(normalPerH, sealedPerH, 0.0);
    }

    private static IndoorAir airWith(double normalPerH, double sealedPerH, double lossPerH) {
        AirExchange a = AirExchange.perHour(normalPerH, sealedPerH);
        return new IndoorAir(new AirExchangeRates(a, a, a, a, a), lossPerH / HOUR);
    }

    private static final int TIGHT_NORMAL = IndoorAir.box(BuildingType.TIGHT_RESIDENTIAL.code(), false);
    private static final int TIGHT_SEALED = IndoorAir.box(BuildingType.TIGHT_RESIDENTIAL.code(), true);

    /** Indoor dose over a 1-h square plume of unit outdoor concentration, summed step by step. */
    private static double doseDuringPlume(IndoorAir air, int box, double durationS, double stepS) {
        air.prepare(stepS);
        double c = 0;
        double dose = 0;
        for (double t = 0; t < durationS - 1e-9; t += stepS) {
            dose += air.integral(box, c, 1.0);
            c = air.after(box, c, 1.0);
        }
        return dose;
    }

    /**
     * Stepping reproduces C_in(t) = ρ·C_out·(1 − e^(−μt)), μ = λ + k, ρ = λ/μ, exactly, whatever the step,
     * and the decay C_in(0)·e^(−μt) once the cloud has gone.
     */
    @ParameterizedTest(name = "ACH {0}/h, k {2}/h, step {1} s")
    @CsvSource({"0.5, 60, 0", "0.2, 60, 0", "4.0, 60, 0", "25, 60, 0", "0.5, 17, 0", "25, 300, 0",
            "0.5, 60, 1.0", "0.2, 60, 2.8", "4.0, 17, 3.3", "0.2, 300, 0.23"})
    void steppingIsTheExactSolution(double achPerH, double stepS, double lossPerH) {
        IndoorAir air = airWith(achPerH, achPerH, lossPerH);
        air.prepare(stepS);
        double lambda = achPerH / HOUR;
        double mu = (achPerH + lossPerH) / HOUR;
        double c = 0;
        double outdoor = 3.0e-4;
        for (int k = 1; k <= 100; k++) {
            c = air.after(TIGHT_NORMAL, c, outdoor);
            double expected = lambda / mu * outdoor * (1 - Math.exp(-mu * k * stepS));
            assertEquals(expected, c, 1e-12 * outdoor);
        }
        double start = c;
        for (int k = 1; k <= 10; k++) {
            c = air.after(TIGHT_NORMAL, c, 0.0);
            assertEquals(start * Math.exp(-mu * k * stepS), c, 1e-12 * outdoor);
        }
    }

    /**
     * The steady state with a sink, C_in/C_out = λ/(λ + k) (casualty-mechanisms.md §3.2 [D]): λ = 0.5 /h
     * and k = 1 /h give 1/3; k = 0 gives 1; the chlorine value of indoor-sinks.yaml (k = 2.8 /h) in a sealed
     * tight residence (λ = 0.2 /h) gives 0.2/3.0 = 0.0667. A long constant exposure converges to it.
     */
    @Test
    void steadyStateWithASinkIsLambdaOverLambdaPlusK() {
        IndoorAir withSink = airWith(0.5, 0.2, 1.0);
        assertEquals(1.0 / 3.0, withSink.steadyStateRatio(TIGHT_NORMAL), 1e-15);
        assertEquals(0.2 / 1.2, withSink.steadyStateRatio(TIGHT_SEALED), 1e-15);
        assertEquals(1.0, airWith(0.5, 0.2).steadyStateRatio(TIGHT_NORMAL), 0.0);
        IndoorAir chlorine = airWith(0.5, 0.2, 2.8);
        assertEquals(0.0667, chlorine.steadyStateRatio(TIGHT_SEALED), 1e-4);

        withSink.prepare(STEP);
        double c = 0;
        for (int k = 0; k < 48 * 60; k++) {
            c = withSink.after(TIGHT_NORMAL, c, 6.0e-5);
        }
        assertEquals(2.0e-5, c, 1e-12);
    }

    /** The vehicle cabin has no sink (no published value): its steady state stays C_out. */
    @Test
    void vehicleCabinsHaveNoSink() {
        IndoorAir air = airWith(0.5, 0.2, 2.8);
        assertEquals(1.0, air.steadyStateRatio(IndoorAir.vehicleBox(false)), 0.0);
        assertEquals(1.0, air.steadyStateRatio(IndoorAir.vehicleBox(true)), 0.0);
        assertThrows(IllegalArgumentException.class, () -> airWith(0.5, 0.2, -1));
    }

    /**
     * Protection factor PF = outdoor ÷ indoor dose (n = 1) for a 1-h square plume, hand-computed.
     * Leaving at the plume's end: indoor/outdoor = ρ·[1 − (1 − e^(−μT))/(μT)]; with λ = 0.5 /h, k = 1 /h
     * (μT = 1.5, ρ = 1/3): (1/3)·(1 − 0.77687/1.5) = (1/3)·0.48209 = 0.16070, PF = 6.22 (inert: 0.2131,
     * PF 4.69). Staying in for good: ∫C_in = ρ·∫C_out (integrate the ODE over all time), PF = (λ + k)/λ = 3,
     * where an inert gas gives PF → 1 (casualty-mechanisms.md §3.3).
     */
    @Test
    void protectionFactorOfAOneHourPlumeWithASink() {
        IndoorAir air = airWith(0.5, 0.2, 1.0);
        double leaving = doseDuringPlume(air, TIGHT_NORMAL, HOUR, STEP) / HOUR;
        assertEquals(0.16070, leaving, 1e-5);
        assertEquals(6.22, 1 / leaving, 0.005);

        air.prepare(STEP);
        double c = air.steadyStateRatio(TIGHT_NORMAL) * (1 - Math.exp(-1.5));
        double dose = leaving * HOUR;
        for (int k = 0; k < 24 * 60; k++) {
            dose += air.integral(TIGHT_NORMAL, c, 0.0);
            c = air.after(TIGHT_NORMAL, c, 0.0);
        }
        assertEquals(3.0, HOUR / dose, 1e-6);
    }

    /** The step integral and midpoint match the integral and value of the exact solution, with and without a sink. */
    @ParameterizedTest(name = "k {0}/h")
    @CsvSource({"0", "2.8"})
    void stepIntegralAndMidpointAreExact(double lossPerH) {
        IndoorAir air = airWith(1.5, 0.5, lossPerH);
        air.prepare(STEP);
        double lambda = 1.5 / HOUR;
        double mu = lambda + lossPerH / HOUR;
        double c0 = 2.0e-5;
        double outdoor = 7.0e-5;
        double equilibrium = lambda / mu * outdoor;
        UnivariateFunction exact = s -> equilibrium + (c0 - equilibrium) * Math.exp(-mu * s);
        double integral = new IterativeLegendreGaussIntegrator(5, 1e-14, 1e-20).integrate(10_000, exact, 0, STEP);
        assertEquals(integral, air.integral(TIGHT_NORMAL, c0, outdoor), 1e-12 * integral);
        assertEquals(exact.value(STEP / 2), air.midpoint(TIGHT_NORMAL, c0, outdoor), 1e-18);
        assertEquals(0.5 / HOUR, air.airChangesPerS(TIGHT_SEALED), 1e-15);
    }

    /**
     * Indoor/outdoor dose during a 1-h square plume at 0.5 ACH (tight residential, §4.5), leaving at
     * its end: 1 − (1 − e^(−ξ))/ξ with ξ = λT = 0.5 (Chan et al. 2007, Atmos. Environ. 41:7377, the
     * dimensionless release time ξ), i.e. 0.2131, a protection factor of 4.7. Staying inside
     * afterwards brings the ratio back to 1 (the box conserves dose), which is why §4.5 says to
     * leave or ventilate promptly once the plume has passed.
     */
    @Test
    void oneHourPlumeAtHalfAnAirChangePerHour() {
        IndoorAir air = new IndoorAir(AirExchangeRates.defaults());
        double xi = 0.5;
        double analytic = 1 - (1 - Math.exp(-xi)) / xi;
        assertEquals(0.2131, analytic, 1e-4);
        assertEquals(analytic, doseDuringPlume(air, TIGHT_NORMAL, HOUR, STEP) / HOUR, 1e-12);

        air.prepare(STEP);
        double c = 1 - Math.exp(-xi);
        double dose = analytic * HOUR;
        for (int k = 0; k < 40 * 60; k++) {
            dose += air.integral(TIGHT_NORMAL, c, 0.0);
            c = air.after(TIGHT_NORMAL, c, 0.0);
        }
        assertEquals(1.0, dose / HOUR, 1e-6);
    }

    /**
     * "A sealed safe room is at least about 2× more effective than simply staying indoors"
     * (exercise-and-response.md §4.5, [V] secondary): the §4.5 residential ACH give 2.27 (tight,
     * 0.5 → 0.2 /h) and 2.26 (leaky, 1.5 → 0.5 /h) for a 1-h plume.
     */
    @Test
    void sealingAResidenceHalvesTheDoseOfAOneHourPlume() {
        IndoorAir air = new IndoorAir(AirExchangeRates.defaults());
        for (BuildingType type : new BuildingType[] {BuildingType.TIGHT_RESIDENTIAL, BuildingType.LEAKY_RESIDENTIAL}) {
            double normal = doseDuringPlume(air, IndoorAir.box(type.code(), false), HOUR, STEP);
            double sealed = doseDuringPlume(air, IndoorAir.box(type.code(), true), HOUR, STEP);
            assertTrue(normal / sealed >= 2.0, type + ": normal/sealed dose " + normal / sealed);
        }
    }

    /**
     * The midpoint-rule toxic load ∫C_inⁿ dt over a 1-h square plume and the following hour, against
     * adaptive Gauss–Legendre quadrature of the exact C_in(t)ⁿ (the accuracy claimed in IndoorAir's Javadoc).
     */
    @ParameterizedTest(name = "ACH {0}/h, n = {1}, k {3}/h")
    @CsvSource({"0.2, 2.75, 5e-4, 0", "0.5, 2.0, 5e-4, 0", "4.0, 3.7, 5e-4, 0", "4.0, 1.0, 5e-4, 0",
            "25, 2.75, 1.5e-3, 0", "25, 3.7, 1.5e-3, 0", "0.2, 2.75, 5e-4, 2.8", "4.0, 3.7, 5e-4, 3.3",
            "0.5, 2.0, 5e-4, 0.23"})
    void midpointToxicLoadIsAccurateOverAnExposure(double achPerH, double n, double tolerance, double lossPerH) {
        IndoorAir air = airWith(achPerH, achPerH, lossPerH);
        air.prepare(STEP);
        double mu = (achPerH + lossPerH) / HOUR;
        double ratio = achPerH / (achPerH + lossPerH);
        double c = 0;
        double load = 0;
        for (int k = 0; k < 120; k++) {
            double outdoor = k < 60 ? 1.0 : 0.0;
            load += Math.pow(air.midpoint(TIGHT_NORMAL, c, outdoor), n) * STEP;
            c = air.after(TIGHT_NORMAL, c, outdoor);
        }
        double atExit = ratio * (1 - Math.exp(-mu * HOUR));
        IterativeLegendreGaussIntegrator quadrature = new IterativeLegendreGaussIntegrator(5, 1e-13, 1e-20);
        double exact = quadrature.integrate(1_000_000, t -> Math.pow(ratio * (1 - Math.exp(-mu * t)), n), 0, HOUR)
                + quadrature.integrate(1_000_000, t -> Math.pow(atExit * Math.exp(-mu * t), n), 0, HOUR);
        assertEquals(exact, load, tolerance * exact);
    }

    @Test
    void airExchangeTablesGiveChangesPerHour() {
        AirExchange tight = AirExchange.perHour(0.5, 0.2);
        assertEquals(0.5 / HOUR, tight.perS(false));
        assertEquals(0.2 / HOUR, tight.perS(true));
        assertThrows(IllegalArgumentException.class, () -> AirExchange.perHour(0.5, 0.6));
        assertThrows(IllegalArgumentException.class, () -> new AirExchange(1e-4, 0));
    }
}
