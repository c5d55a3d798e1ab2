package org.cbrnsim.hazard;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.cbrnsim.hazard.source.InstantaneousRelease;
import org.cbrnsim.hazard.source.ReleaseSource;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.cbrnsim.units.IdealGas;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Large chlorine releases in light winds, as the hazard commands see them: sensible zone widths, no
 * concentration above the pure gas, and a peak far downwind found after ALOHA's first hour.
 */
class LargeChlorineReleaseTest {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;
    private static final double AIR_K = 288.15;
    private static final double ATM_PA = IdealGas.STANDARD_PRESSURE_PA;

    private static ReleaseConditions conditions(ReleaseSource source, double u10, StabilityClass stability,
                                                DispersionModelChoice model) {
        return new ReleaseConditions(source, 0, Atmosphere.of(u10, stability, 0.03, AIR_K), "aloha", model);
    }

    private static LevelOfConcern ppm(double value) {
        return LevelOfConcern.fromPpm(value, CHLORINE_KG_PER_MOL, AIR_K, ATM_PA);
    }

    /**
     * {@code hazard zones --chemical chlorine --mass 50t --wind 1m/s --stability F} gave 39.55 km half-widths for
     * all three AEGL tiers (the workbook's steady-plume source width 8·l_b for a one-minute release). Now each tier
     * has its own width, the less severe the wider, each narrower than its zone is long.
     */
    @Test
    void fiftyTonnesInClassFHaveSensibleWidthsThatDifferPerTier() {
        HazardAssessment assessment = new HazardAssessment(conditions(new InstantaneousRelease(50_000, CHLORINE_KG_PER_MOL),
                1, StabilityClass.F, DispersionModelChoice.AUTO));
        assertTrue(assessment.isDense());
        List<ThreatZone> zones = assessment.zones(List.of(ppm(20), ppm(2), ppm(0.5)));
        for (int i = 0; i < zones.size(); i++) {
            ThreatZone zone = zones.get(i);
            assertTrue(zone.maxHalfWidthM() > 100 && zone.maxHalfWidthM() < zone.lengthM(), "tier " + i + ": " + zone);
            if (i > 0) {
                assertTrue(zone.maxHalfWidthM() > 1.1 * zones.get(i - 1).maxHalfWidthM(),
                        "a lower level reaches wider: " + zones);
            }
        }
    }

    /**
     * A point-source Gaussian puts more than the pure gas near its source; the assessment never reports more
     * than P·M/(R·T) = 10⁶ ppm, neither as peak, nor in the exposure at a point, nor where it draws zones.
     */
    @Test
    void noConcentrationExceedsThePureVapour() {
        double pure = IdealGas.densityKgPerM3(CHLORINE_KG_PER_MOL, AIR_K, ATM_PA);
        for (DispersionModelChoice model : DispersionModelChoice.values()) {
            HazardAssessment assessment = new HazardAssessment(conditions(new InstantaneousRelease(50_000,
                    CHLORINE_KG_PER_MOL), 1, StabilityClass.F, model));
            for (double x : new double[] {0.5, 1, 2, 5, 10, 30, 100}) {
                assertTrue(assessment.cloud().peakKgPerM3(x, 0) <= pure, model + ", x = " + x);
            }
            PointExposure near = assessment.exposureAt(1, 0, Optional.empty(), CHLORINE_KG_PER_MOL);
            assertTrue(near.peakKgPerM3() <= pure, model + ": " + near);
            ThreatZone aboveThePureGas = assessment.zones(List.of(ppm(1.01e6))).get(0);
            assertEquals(0, aboveThePureGas.lengthM(), 0, model + ": no zone above 10⁶ ppm");
        }
        HazardAssessment gaussian = new HazardAssessment(conditions(new InstantaneousRelease(50_000, CHLORINE_KG_PER_MOL),
                1, StabilityClass.F, DispersionModelChoice.GAUSSIAN));
        assertEquals(pure, gaussian.cloud().peakKgPerM3(1, 0), 1e-12, "the Gaussian alone exceeds it at 1 m");
    }

    /**
     * {@code hazard peak --chemical chlorine --mass 20t --duration 2min --wind 1.5m/s --stability E --distances
     * 12000m} reported 0.001 ppm at T+00:59:59: the cloud had not arrived. Following the cloud's passage, the peak
     * comes after the first hour (the dense cloud moves at 1.5 m/s: 12 km in 8000 s) and is orders of magnitude
     * higher.
     */
    @Test
    void thePeakTwelveKilometresDownwindComesAfterTheFirstHour() {
        ReleaseConditions twentyTonnes = conditions(new ContinuousRelease(20_000 / 120.0, 120, CHLORINE_KG_PER_MOL), 1.5,
                StabilityClass.E, DispersionModelChoice.AUTO);
        HazardAssessment firstHour = new HazardAssessment(twentyTonnes);
        HazardAssessment passage = HazardAssessment.followingPassage(twentyTonnes, 12_000);
        assertTrue(passage.horizonS() > 12_000 / 1.5, "window " + passage.horizonS());
        PointExposure late = passage.exposureAt(12_000, 0, Optional.empty(), CHLORINE_KG_PER_MOL);
        PointExposure early = firstHour.exposureAt(12_000, 0, Optional.empty(), CHLORINE_KG_PER_MOL);
        double latePpm = IdealGas.kgPerM3ToPpm(late.peakKgPerM3(), CHLORINE_KG_PER_MOL, AIR_K, ATM_PA);
        double earlyPpm = IdealGas.kgPerM3ToPpm(early.peakKgPerM3(), CHLORINE_KG_PER_MOL, AIR_K, ATM_PA);
        assertTrue(late.peakTimeS() > HazardAssessment.HORIZON_S, "peak at " + late.peakTimeS() + " s");
        assertTrue(latePpm > 1, "peak " + latePpm + " ppm");
        assertTrue(latePpm > 100 * earlyPpm, "first hour only: " + earlyPpm + " ppm");
    }
}
