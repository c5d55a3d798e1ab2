package org.cbrnsim.hazard.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

class FlashingReleaseTest {

    private static final double ATM_PA = 101_325;
    /** A US "90-ton" chlorine car, 81.6 t (substances.md §9a), at 20 °C. */
    private static final StorageTank CHLORINE_CAR = new StorageTank(81_600, 293.15, 0);

    private static FlashingRelease chlorineThroughTwoInchHole(Rainout rainout) {
        return new FlashingRelease(TestSubstances.chlorine(), CHLORINE_CAR, Breach.hole(0.0508), rainout, ATM_PA);
    }

    @Test
    void theColdCloudIsVapourAndAerosolAtTheBoilingPoint() {
        FlashingRelease release = chlorineThroughTwoInchHole(Rainout.NONE);
        InitialCloud cloud = release.initialCloud(293.15, ATM_PA);
        // by hand: f = 0.1662; vapour 3.614 kg/m³ at 239.11 K, liquid 1558 kg/m³ (substances.md §3a);
        // 1/ρ = 0.1662/3.614 + 0.8338/1558  →  ρ = 21.49 kg/m³, six times the vapour alone
        assertEquals(239.11, cloud.temperatureK());
        assertEquals(0.8338, cloud.aerosolMassFraction(), 1e-4);
        assertEquals(21.49, cloud.densityKgPerM3(), 0.01);
    }

    @Test
    void withKletzRainoutTwiceTheFlashIsAirborneAndTheRestFormsAPool() {
        FlashingRelease release = chlorineThroughTwoInchHole(Rainout.TWICE_FLASH_FRACTION);
        assertEquals(2 * release.flashFraction(), release.airborneFraction(), 1e-12);
        assertEquals(0.5, release.aerosolMassFraction(), 1e-12);
        assertEquals(7.211, release.initialCloud(293.15, ATM_PA).densityKgPerM3(), 0.001);
        assertEquals(CHLORINE_CAR.inventoryKg() * (1 - release.airborneFraction()), release.rainoutMassKg(), 1e-6);
        assertEquals(release.dischargeRateKgPerS() * release.airborneFraction(), release.rateKgPerS(10), 1e-9);
        assertEquals(CHLORINE_CAR.inventoryKg() * release.airborneFraction(), release.airborneMassKg(), 1e-6);

        PuddleEvaporation pool = release.rainoutPool(500,
                new PoolWeather(3, StabilityClass.D, 293.15, ATM_PA, 0.03), GroundSubstrate.ALOHA_CONCRETE);
        assertTrue(pool.isBoiling());
        assertEquals(release.rainoutMassKg(), pool.airborneMassKg(), 1e-6);
    }

    @Test
    void theReleaseEndsWhenTheInventoryIsGone() {
        FlashingRelease release = chlorineThroughTwoInchHole(Rainout.NONE);
        assertEquals(CHLORINE_CAR.inventoryKg() / release.dischargeRateKgPerS(), release.durationS(), 1e-9);
        assertEquals(0, release.rateKgPerS(release.durationS() + 1));
        assertEquals(1, release.averagedSteps(5).size());
    }

    @Test
    void aMissingCorrelationNamesTheSubstanceAndTheProperty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FlashingRelease(TestSubstances.chlorineWithoutVapourPressure(), CHLORINE_CAR,
                        Breach.hole(0.05), Rainout.NONE, ATM_PA));
        assertTrue(e.getMessage().contains("chlorine") && e.getMessage().contains("vapour pressure"), e.getMessage());
    }
}
