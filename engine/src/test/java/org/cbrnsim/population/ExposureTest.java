package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cbrnsim.hazard.effects.ToxicLoad;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.junit.jupiter.api.Test;

/** Breathed concentration, toxic load in the probit's units and the AEGL exposure clock. */
class ExposureTest {

    private static final double STEP = 60.0;

    private static void run(Residents r, ProbitFunction probit, ConcentrationAt field, int steps) {
        OutdoorGrid grid = new OutdoorGrid(100, r);
        Exposure exposure = new Exposure(new IndoorAir(AirExchangeRates.defaults()), Fixtures.chlorine(probit));
        for (int k = 1; k <= steps; k++) {
            grid.sample(field);
            exposure.step(r, grid, k * STEP, STEP);
        }
    }

    private static double hazardToxicLoad(ProbitFunction probit, double kgPerM3, double durationS) {
        ToxicLoad load = new ToxicLoad(probit, Fixtures.CHLORINE.molarMassKgPerMol(), Fixtures.K_25C, Fixtures.ATM);
        load.add(kgPerM3, durationS);
        return load.value();
    }

    /**
     * Outdoors, 30 min at 100 ppm: the load is the hazard package's ToxicLoad, 100²·30 = 3·10⁵
     * ppm²·min with the Lees probit and (mg/m³)^2.75·min with the Purple Book one.
     */
    @Test
    void outdoorLoadIsTheHazardPackagesToxicLoad() {
        double c = Fixtures.chlorinePpm(100);
        for (ProbitFunction probit : List.of(Fixtures.LEES, Fixtures.PURPLE_BOOK)) {
            Residents r = Fixtures.town(5, 300, Fixtures.ALL_OUTDOORS, 21);
            run(r, probit, Fixtures.uniform(c), 30);
            for (int i = 0; i < r.count(); i++) {
                assertEquals(hazardToxicLoad(probit, c, 1800), r.toxicLoad[i], 1e-6 * r.toxicLoad[i], probit.setName());
                assertEquals(c * 1800, r.doseKgSPerM3[i], 1e-6 * c * 1800);
                assertEquals(0f, r.exposureStartS[i]);
            }
        }
        assertEquals(3.0e5, hazardToxicLoad(Fixtures.LEES, c, 1800), 1.0);
    }

    /**
     * Indoors (tight residential, 0.5 /h), a 1-h plume at 100 ppm and one clean hour: the load equals
     * the hazard package's ToxicLoad summed over the exact C_in(t) = C(1 − e^(−λt)), then its decay,
     * sampled every second (an independent path through the unit conversion).
     */
    @Test
    void indoorLoadFollowsTheExactIndoorCurve() {
        double c = Fixtures.chlorinePpm(100);
        Residents r = Fixtures.town(1, 0, Fixtures.ALL_INDOORS, 22);
        OutdoorGrid grid = new OutdoorGrid(100, r);
        Exposure exposure = new Exposure(new IndoorAir(AirExchangeRates.defaults()), Fixtures.chlorine(Fixtures.LEES));
        for (int k = 1; k <= 120; k++) {
            grid.sample(Fixtures.uniform(k <= 60 ? c : 0));
            exposure.step(r, grid, k * STEP, STEP);
        }
        double lambda = 0.5 / 3600;
        ToxicLoad reference = new ToxicLoad(Fixtures.LEES, Fixtures.CHLORINE.molarMassKgPerMol(), Fixtures.K_25C,
                Fixtures.ATM);
        double atExit = c * (1 - Math.exp(-lambda * 3600));
        for (int s = 0; s < 7200; s++) {
            double mid = s + 0.5;
            reference.add(s < 3600 ? c * (1 - Math.exp(-lambda * mid)) : atExit * Math.exp(-lambda * (mid - 3600)), 1);
        }
        assertEquals(reference.value(), r.toxicLoad[0], 2e-4 * reference.value());
        assertEquals(atExit * Math.exp(-lambda * 3600), r.boxKgPerM3[0], 1e-6 * atExit);
    }

    /** A car at 25 /h: after one minute in a cloud the cabin holds C(1 − e^(−25/60)). */
    @Test
    void vehicleCabinUsesTheVehicleAirExchange() {
        double c = Fixtures.chlorinePpm(50);
        Residents r = Fixtures.town(1, 0, new StartShares(0, 0, 1), 23);
        run(r, Fixtures.LEES, Fixtures.uniform(c), 1);
        assertEquals(c * (1 - Math.exp(-25.0 / 60)), r.boxKgPerM3[0], 1e-6 * c);
    }

    /** Below the lowest chlorine guideline (0.5 ppm, AEGL-1) the load grows but the AEGL clock does not start. */
    @Test
    void exposureClockStartsAtTheLowestLevelOfConcern() {
        Residents below = Fixtures.town(1, 0, Fixtures.ALL_OUTDOORS, 24);
        run(below, Fixtures.LEES, Fixtures.uniform(Fixtures.chlorinePpm(0.4)), 10);
        assertTrue(below.toxicLoad[0] > 0);
        assertTrue(Float.isNaN(below.exposureStartS[0]));
        assertEquals(0f, below.doseKgSPerM3[0]);

        Residents above = Fixtures.town(1, 0, Fixtures.ALL_OUTDOORS, 24);
        run(above, Fixtures.LEES, Fixtures.uniform(Fixtures.chlorinePpm(0.6)), 10);
        assertEquals(0f, above.exposureStartS[0]);
    }

    /** Clean air changes nothing. */
    @Test
    void cleanAirLeavesEveryoneUntouched() {
        Residents r = Fixtures.town(1000, 2000, new StartShares(0.5, 0.3, 0.2), 25);
        run(r, Fixtures.LEES, Fixtures.uniform(0), 5);
        assertArrayEquals(new float[r.count()], r.toxicLoad);
        assertArrayEquals(new float[r.count()], r.boxKgPerM3);
        assertArrayEquals(new float[r.count()], r.doseKgSPerM3);
    }

    /**
     * Residents share one sample per occupied 100-m cell: the field is called once per step with the
     * occupied cells' centres only, and a resident who moves takes their cell's count along.
     */
    @Test
    void fieldIsSampledOncePerOccupiedCell() {
        Residents r = Fixtures.town(4, 0, Fixtures.ALL_OUTDOORS, 26);
        r.xM[1] = 30; // same cell as resident 0 at the origin
        r.xM[2] = 250; // another cell
        r.xM[3] = 950;
        OutdoorGrid grid = new OutdoorGrid(100, r);
        assertEquals(3, grid.cellCount());
        int[] calls = {0};
        ConcentrationAt eastward = (xs, ys, count, out) -> {
            calls[0]++;
            for (int k = 0; k < count; k++) {
                out[k] = xs[k];
            }
        };
        grid.sample(eastward);
        assertEquals(1, calls[0]);
        assertEquals(3, grid.sampledCellCount());
        assertEquals(50.0, grid.outdoorKgPerM3(0));
        assertEquals(50.0, grid.outdoorKgPerM3(1));
        assertEquals(250.0, grid.outdoorKgPerM3(2));
        assertEquals(950.0, grid.outdoorKgPerM3(3));

        grid.moveTo(3, 10f, 10f);
        grid.sample(eastward);
        assertEquals(2, grid.sampledCellCount());
        assertEquals(50.0, grid.outdoorKgPerM3(3));
    }
}
