package org.cbrnsim.hazard.densegas;

import org.cbrnsim.hazard.dispersion.PlumeSpread;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.junit.jupiter.api.Test;

class BritterMcQuaidPlumeTest {

    private static final double ATM_PA = 101325.0;
    /** LNG vapour at its boiling point, as CCPS (1999) p. 122 gives it: 1.76 kg/m³ at −162 °C. */
    private static final DenseGasSourceCloud LNG = DenseGasSourceCloud.pureVapour(1.76, 273.15 - 162);
    /** 0.23 m³/s of liquid LNG at 425.6 kg/m³ (CCPS 1999 p. 122). */
    private static final double LNG_RATE_KG_PER_S = 0.23 * 425.6;
    private static final double LNG_DURATION_S = 174;

    private static BritterMcQuaidPlume lngPlume(DenseGasAtmosphere air) {
        return new BritterMcQuaidPlume(LNG_RATE_KG_PER_S, LNG_DURATION_S, LNG, air, DenseGasTestSupport.briggsRuralF());
    }

    /** The problem as CCPS states it: ambient 298 K and 1 atm, 10.9 m/s at 10 m. */
    private static BritterMcQuaidPlume ccpsLng() {
        return lngPlume(DenseGasAtmosphere.dryAir(298, ATM_PA, 10.9));
    }

    private static double distanceToVolumeFraction(BritterMcQuaidPlume plume, double fraction) {
        return new BrentSolver(1e-9).solve(200, x -> plume.centrelineVolumeFraction(x) - fraction, 50, 1000);
    }

    /**
     * CCPS (1999) p. 122, Britter-McQuaid worked example (Burro LNG): the distance to the LFL, 5 % v/v,
     * is 367 m [S: the book's answer as quoted by GasDispersion.jl docs/src/plume.md]. The book reads β
     * off the curves to two decimals (±0.005 in β is ±1.2 % in x), so 2 % is allowed.
     */
    @Test
    void ccpsLngExampleDistanceToLowerFlammabilityLimit() {
        assertEquals(367.0, distanceToVolumeFraction(ccpsLng(), 0.05), 0.02 * 367.0);
    }

    /**
     * The same example in GasDispersion.jl (test/models/britter_mcquaid_plume_tests.jl): volume fraction
     * 0.672 at x = 20·D = 45.2 m, the near-source relation with the non-isothermal correction
     * (dispersion.md §2.6). Model to model, same relation, so 0.5 %.
     */
    @Test
    void gasDispersionNearSourceValue() {
        assertEquals(0.672, ccpsLng().centrelineVolumeFraction(45.2), 0.005 * 0.672);
    }

    /**
     * GasDispersion.jl's values at 367 m (0.0507) and 1200 m (0.00492), dispersion.md §2.6. Model to
     * model: GasDispersion interpolates C* linearly where this model interpolates log C*, and beyond the
     * last curve it decays as x⁻² where this model joins a Briggs rural F Gaussian plume; 3 % is allowed.
     */
    @Test
    void gasDispersionMidAndFarValues() {
        BritterMcQuaidPlume plume = ccpsLng();
        assertEquals(0.0507, plume.centrelineVolumeFraction(367), 0.03 * 0.0507);
        assertTrue(plume.transitionM() < 1200, "1200 m lies in the passive part");
        assertEquals(0.00492, plume.centrelineVolumeFraction(1200), 0.03 * 0.00492);
    }

    /**
     * Farrell (2023), "Taking a second look at the Britter-McQuaid model" (aefarrell.github.io), with
     * air at 288.15 K and 1.225 kg/m³: L<sub>U</sub> = 1.4973 m, L<sub>H0</sub> = 3.7303 m, LFL at 354.56 m
     * (linear interpolation in C*; 0.5 % allowed for log interpolation here).
     */
    @Test
    void farrellPlumeDimensionsAndDistance() {
        BritterMcQuaidPlume plume = lngPlume(new DenseGasAtmosphere(1.225, 288.15, 10.9));
        assertEquals(1.4973, plume.upwindExtentM(), 1e-3);
        assertEquals(3.7303, plume.halfWidthM(0), 1e-3);
        assertEquals(354.56, distanceToVolumeFraction(plume, 0.05), 0.005 * 354.56);
    }

    @Test
    void massConcentrationIsDensityTimesDilutionInsideTheTopHat() {
        BritterMcQuaidPlume plume = ccpsLng();
        double x = 200;
        double centre = plume.peakKgPerM3(x, 0);
        double halfWidth = plume.halfWidthM(x);
        assertEquals(centre, plume.peakKgPerM3(x, 0.99 * halfWidth), 0.0);
        assertEquals(0.0, plume.peakKgPerM3(x, 1.01 * halfWidth), 0.0);
        double dilution = centre / LNG.densityKgPerM3();
        assertEquals(LNG.volumeFraction(dilution, 298), plume.centrelineVolumeFraction(x), 1e-12);
    }

    @Test
    void upwindBoxHoldsTheSourceConcentration() {
        BritterMcQuaidPlume plume = ccpsLng();
        double upwind = plume.upwindExtentM();
        assertEquals(LNG.densityKgPerM3(), plume.peakKgPerM3(-0.5 * upwind, 0), 1e-12);
        assertEquals(0.0, plume.peakKgPerM3(-1.01 * upwind, 0), 0.0);
    }

    @Test
    void passivePlumeContinuesTheDenseCloudWithoutAJump() {
        DenseGasTestSupport.assertJoinsPassiveWithoutJump(ccpsLng(), LNG.densityKgPerM3() * 0.002);
    }

    @Test
    void cloudIsPresentFromArrivalForTheReleaseDuration() {
        BritterMcQuaidPlume plume = ccpsLng();
        double x = 500;
        double arrival = x / 10.9;
        double steady = plume.peakKgPerM3(x, 0);
        assertEquals(0.0, plume.concentrationKgPerM3(x, 0, 0.99 * arrival), 0.0);
        assertEquals(steady, plume.concentrationKgPerM3(x, 0, arrival + 1), 0.0);
        assertEquals(steady, plume.concentrationKgPerM3(x, 0, arrival + LNG_DURATION_S - 1), 0.0);
        assertEquals(0.0, plume.concentrationKgPerM3(x, 0, arrival + LNG_DURATION_S + 1), 0.0);
    }

    @Test
    void modelNameStatesTheMethodAndThePassiveSpread() {
        String name = ccpsLng().modelName();
        assertTrue(name.contains("Britter-McQuaid") && name.contains("Briggs rural F"), name);
    }

    @Test
    void rejectsCloudsThatAreNotDenseAndBadRates() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(288.15, ATM_PA, 3);
        DenseGasSourceCloud ammonia = DenseGasSourceCloud.idealGasVapour(0.01703, 288.15, ATM_PA);
        PlumeSpread spread = DenseGasTestSupport.briggsRuralD();
        assertThrows(IllegalArgumentException.class, () -> new BritterMcQuaidPlume(1, 60, ammonia, air, spread));
        assertThrows(IllegalArgumentException.class, () -> new BritterMcQuaidPlume(-2, 60, LNG, air, spread));
        assertThrows(IllegalArgumentException.class, () -> new BritterMcQuaidPlume(2, 0, LNG, air, spread));
    }

    /**
     * 50 t of chlorine let out in one minute (833 kg/s) at 1 m/s, class F: the workbook's buoyancy length
     * l_b = q0·g'/u³ is 4.5 km and its source half-width D + 8·l_b about 36 km. A one-minute release cannot
     * spread that far: its half-width is bounded by its whole volume as one Britter–McQuaid puff, here about
     * 1.5 km where the puff turns passive, while an endless release keeps the workbook's width.
     */
    @Test
    void aShortReleaseSpreadsNoWiderThanItsWholeVolumeAsOnePuff() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(288.15, ATM_PA, 1);
        DenseGasSourceCloud chlorine = DenseGasSourceCloud.pureVapour(101325 * 0.070906 / (8.314462618 * 239.1), 239.1);
        double rate = 50_000 / 60.0;
        BritterMcQuaidPlume endless = new BritterMcQuaidPlume(rate, Double.POSITIVE_INFINITY, chlorine, air,
                DenseGasTestSupport.briggsRuralF());
        BritterMcQuaidPlume minute = new BritterMcQuaidPlume(rate, 60, chlorine, air, DenseGasTestSupport.briggsRuralF());
        BritterMcQuaidPuff whole = new BritterMcQuaidPuff(50_000, chlorine, air, DenseGasTestSupport.briggsRuralF());
        assertTrue(endless.halfWidthM(0) > 30_000, "the workbook's steady source width: " + endless.halfWidthM(0));
        for (double x : new double[] {0, 100, 1000, minute.transitionM()}) {
            double bound = whole.halfWidthM(Math.min(x, whole.transitionM()));
            assertEquals(bound, minute.halfWidthM(x), 1e-9 * bound, "x = " + x);
        }
        assertEquals(whole.radiusM(whole.transitionTimeS()), minute.halfWidthM(minute.transitionM()), 1.0);
        assertTrue(minute.halfWidthM(minute.transitionM()) < 2000, "about 1.5 km: " + minute.halfWidthM(minute.transitionM()));
        assertTrue(minute.upwindExtentM() < 0.05 * endless.upwindExtentM());
    }

    /**
     * The passive plume starts where the correlations end with the dense plume's flux, width and centreline:
     * σy0 = L_H(x_e)·√(2/π), σz0 = ṁ/(π σy0 u c_e), so the centreline is continuous at x_e.
     */
    @Test
    void thePassivePlumeStartsWithTheDensePlumesWidthAndConcentration() {
        BritterMcQuaidPlume plume = ccpsLng();
        double xe = plume.transitionM();
        double dense = plume.peakKgPerM3(xe, 0);
        assertEquals(dense, plume.peakKgPerM3(xe * (1 + 1e-9), 0), 1e-5 * dense);
        assertEquals(plume.halfWidthM(xe) * Math.sqrt(2 / Math.PI), plume.handOverSigmaYM(), 1e-12);
    }
}
