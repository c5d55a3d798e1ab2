package org.cbrnsim.hazard.effects;

import org.cbrnsim.units.IdealGas;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.hazard.substance.ConcentrationUnit;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.junit.jupiter.api.Test;

/** Accumulation of the toxic load Σ Cⁿ·Δt (TNO Purple Book CPR 18E §5.2.2) and its units. */
class ToxicLoadTest {

    private static final double M_CHLORINE = 0.070906;
    private static final double K_25C = 298.15;
    private static final double ATM = IdealGas.STANDARD_PRESSURE_PA;
    /** Lees (2005) chlorine probit, dispersion.md §5.2. */
    private static final ProbitFunction LEES_CHLORINE =
            new ProbitFunction("Lees", -8.29, 0.92, 2, ConcentrationUnit.PPM, "dispersion.md §5.2 [V]");

    private static double chlorinePpm(double ppm) {
        return IdealGas.ppmToKgPerM3(ppm, M_CHLORINE, K_25C, ATM);
    }

    /** 250 ppm for 30 min in ppm²·min, the load that gives the Withers & Lees (1985) LC50. */
    @Test
    void loadIsInTheProbitsUnits() {
        ToxicLoad load = new ToxicLoad(LEES_CHLORINE, M_CHLORINE, K_25C, ATM);
        load.add(chlorinePpm(250.0), 1800.0);
        assertEquals(250.0 * 250.0 * 30.0, load.value(), 1e-6 * load.value());
        assertEquals(0.5, load.probabilityOfDeath(), 0.01);
    }

    /** A sampled series: sample i held until sample i+1; steps of one minute add up to the whole. */
    @Test
    void seriesIsPiecewiseConstant() {
        double[] times = new double[31];
        double[] concentrations = new double[31];
        for (int i = 0; i <= 30; i++) {
            times[i] = 60.0 * i;
            concentrations[i] = chlorinePpm(i < 15 ? 100.0 : 300.0);
        }
        concentrations[30] = chlorinePpm(1.0e6); // closes the series, adds nothing
        ToxicLoad series = new ToxicLoad(LEES_CHLORINE, M_CHLORINE, K_25C, ATM);
        series.addSeries(times, concentrations);
        assertEquals(100.0 * 100.0 * 15.0 + 300.0 * 300.0 * 15.0, series.value(), 1e-6 * series.value());
    }

    /** A mg/m³ set takes mg/m³ whatever the temperature; a ppm set converts at the load's temperature. */
    @Test
    void milligramSetsDoNotDependOnTemperature() {
        ProbitFunction purpleBook = new ProbitFunction("PB", -6.35, 0.5, 2.75, ConcentrationUnit.MG_PER_M3, "x [S]");
        ToxicLoad cold = new ToxicLoad(purpleBook, M_CHLORINE, 263.15, ATM);
        ToxicLoad warm = new ToxicLoad(purpleBook, M_CHLORINE, 308.15, ATM);
        cold.add(1116e-6, 1800.0);
        warm.add(1116e-6, 1800.0);
        assertEquals(cold.value(), warm.value(), 0.0);
        assertEquals(Math.pow(1116.0, 2.75) * 30.0, cold.value(), 1e-9 * cold.value());
    }

    @Test
    void noExposureKillsNobody() {
        ToxicLoad load = new ToxicLoad(LEES_CHLORINE, M_CHLORINE, K_25C, ATM);
        assertEquals(0.0, load.probabilityOfDeath());
        load.add(0.0, 3600.0);
        assertEquals(0.0, load.probabilityOfDeath());
    }

    @Test
    void rejectsNegativeInputs() {
        ToxicLoad load = new ToxicLoad(LEES_CHLORINE, M_CHLORINE, K_25C, ATM);
        assertEquals("concentration must be >= 0 kg/m³, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> load.add(-1.0, 1.0)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> load.add(1.0, -1.0));
        assertThrows(IllegalArgumentException.class,
                () -> load.addSeries(new double[] {0, 60, 30}, new double[] {0, 0, 0}));
        assertThrows(IllegalArgumentException.class, () -> new ToxicLoad(LEES_CHLORINE, M_CHLORINE, 0.0, ATM));
    }
}
