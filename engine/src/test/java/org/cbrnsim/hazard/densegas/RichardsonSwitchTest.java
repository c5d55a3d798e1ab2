package org.cbrnsim.hazard.densegas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The expected Richardson numbers are hand calculations [D] of the formulas in dispersion.md §1.2
 * with ideal-gas densities at 1 atm (molar masses and boiling points from substances.md).
 */
class RichardsonSwitchTest {

    private static final double ATM_PA = 101325.0;
    private static final double AIR_15C_K = 288.15;

    private static double idealGasDensity(double molarMassKgPerMol, double temperatureK) {
        return DenseGasSourceCloud.idealGasVapour(molarMassKgPerMol, temperatureK, ATM_PA).densityKgPerM3();
    }

    /** Chlorine, 2 kg/s at 3 m/s, the flashed vapour at its boiling point 239.11 K: Ri ≈ 899, dense. */
    @Test
    void coldChlorineCloudIsDense() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 3);
        RichardsonChoice choice = RichardsonSwitch.documented()
                .chooseContinuous(2, idealGasDensity(0.070906, 239.11), air);
        assertTrue(choice.isDense());
        assertEquals(898.6, choice.richardsonNumber(), 0.005 * 898.6);
        assertEquals(1.0, choice.criticalRichardsonNumber(), 0.0);
    }

    /** Ammonia vapour at ambient temperature is lighter than air: passive, whatever the rate. */
    @Test
    void ammoniaVapourAtAmbientIsPassive() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 3);
        RichardsonChoice choice = RichardsonSwitch.documented()
                .chooseContinuous(1, idealGasDensity(0.017031, AIR_15C_K), air);
        assertEquals(RichardsonChoice.Regime.PASSIVE, choice.regime());
        assertTrue(choice.richardsonNumber() < 0);
    }

    /** A lighter-than-air cloud stays passive even under a (hypothetically) tiny threshold. */
    @Test
    void lighterThanAirIsAlwaysPassive() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 0.5);
        RichardsonChoice choice = new RichardsonSwitch(1e-9).choosePuddle(50, 10, 0.9 * air.airDensityKgPerM3(), air);
        assertFalse(choice.isDense());
    }

    /**
     * Methanol as in ALOHA run K7 (27.9 kg/min, 5 m/s, 15 °C, MW 32.04; dispersion.md §1.11). HAZEL ran
     * K7 with the Gaussian model forced (tests/gaussianAlohaTests.js), so ALOHA's own choice for it is
     * not known. Pure methanol vapour at 15 °C gives Ri ≈ 10.7 by the documented rule: dense, above
     * both Ri_c = 1 and the 1.85–2.06 gap HAZEL observed.
     */
    @Test
    void methanolK7IsDenseByTheDocumentedRule() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 5);
        RichardsonChoice choice = RichardsonSwitch.documented()
                .chooseContinuous(27.9 / 60, idealGasDensity(0.032042, AIR_15C_K), air);
        assertEquals(10.75, choice.richardsonNumber(), 0.005 * 10.75);
        assertTrue(choice.isDense());
        assertFalse(new RichardsonSwitch(20).chooseContinuous(27.9 / 60, idealGasDensity(0.032042, AIR_15C_K), air)
                .isDense());
    }

    /** Chlorine puddle, 1 kg/s from 5 m at 2 m/s: H = E/(ρ·U10·D), Ri ≈ 147. */
    @Test
    void puddleUsesItsDiameter() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 2);
        RichardsonChoice choice = RichardsonSwitch.documented().choosePuddle(1, 5, idealGasDensity(0.070906, 239.11), air);
        assertEquals(147.0, choice.richardsonNumber(), 0.005 * 147.0);
        assertTrue(choice.isDense());
    }

    @Test
    void rejectsNonsense() {
        DenseGasAtmosphere air = DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 2);
        RichardsonSwitch sw = RichardsonSwitch.documented();
        assertThrows(IllegalArgumentException.class, () -> sw.chooseContinuous(-2, 3, air));
        assertThrows(IllegalArgumentException.class, () -> sw.choosePuddle(1, 0, 3, air));
        assertThrows(IllegalArgumentException.class, () -> new RichardsonSwitch(0));
        assertThrows(IllegalArgumentException.class, () -> DenseGasAtmosphere.dryAir(AIR_15C_K, ATM_PA, 0));
    }
}
