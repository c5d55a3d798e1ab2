package org.cbrnsim.hazard;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole ALOHA Gaussian chain from user inputs (10 m wind, class, temperature, roughness) to zone
 * lengths, against ALOHA 5.4.7 runs K1, K2 and K7 (reference/dispersion.md §1.11): the transport
 * wind is computed here, not given.
 */
class HazardAssessmentTest {

    private static final double AMMONIA_KG_PER_MOL = 0.017031;
    private static final double METHANOL_KG_PER_MOL = 0.03204;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, M, rate kg/min, class, U10, T °C, ALOHA zone lengths (m) at 1000/100/10 ppm
            "K1, 0.017031, 0.1, F, 1.5, 10, 35, 113, 373",
            "K2, 0.017031, 0.1, D, 5.0, 15, 0, 20, 64",
            "K7, 0.03204, 27.9, D, 5.0, 15, 78, 262, 970"})
    void reproducesAlohaZoneLengthsWithin5Percent(String run, double molarMass, double rateKgPerMin, String stability,
                                                  double u10, double celsius, double red, double orange, double yellow) {
        double airK = celsius + 273.15;
        Atmosphere air = Atmosphere.of(u10, StabilityClass.parse(stability), 0.03, airK);
        HazardAssessment assessment = new HazardAssessment(new ReleaseConditions(
                new ContinuousRelease(rateKgPerMin / 60, 3600, molarMass), 0, air, "aloha",
                DispersionModelChoice.GAUSSIAN));
        List<ThreatZone> zones = assessment.zones(List.of(LevelOfConcern.fromPpm(1000, molarMass, airK),
                LevelOfConcern.fromPpm(100, molarMass, airK), LevelOfConcern.fromPpm(10, molarMass, airK)));
        double[] aloha = {red, orange, yellow};
        for (int i = 0; i < 3; i++) {
            if (aloha[i] == 0) {
                assertTrue(zones.get(i).shorterThanReported(), run + ": ALOHA reports < 10 m");
            } else {
                assertEquals(aloha[i], zones.get(i).lengthM(), 0.05 * aloha[i], run + " zone " + (i + 1));
            }
        }
    }

    @Test
    void chlorineFromAColdSourceIsDenseAndAmmoniaVapourIsPassive() {
        Atmosphere air = Atmosphere.of(3, StabilityClass.D, 0.03, 293.15);
        HazardAssessment chlorine = new HazardAssessment(new ReleaseConditions(
                new ContinuousRelease(2, 600, 0.070906), 0, air, "aloha", DispersionModelChoice.AUTO));
        assertTrue(chlorine.isDense(), "Ri = " + chlorine.richardson().richardsonNumber());
        HazardAssessment ammonia = new HazardAssessment(new ReleaseConditions(
                new ContinuousRelease(2, 600, AMMONIA_KG_PER_MOL), 0, air, "aloha", DispersionModelChoice.AUTO));
        assertFalse(ammonia.isDense());
        assertTrue(ammonia.cloud().modelName().contains("ALOHA") || ammonia.cloud().modelName().contains("Briggs"),
                ammonia.cloud().modelName());
    }

    @Test
    void forcingAModelOverridesTheRichardsonChoiceButStillReportsIt() {
        Atmosphere air = Atmosphere.of(3, StabilityClass.D, 0.03, 293.15);
        HazardAssessment forced = new HazardAssessment(new ReleaseConditions(
                new ContinuousRelease(2, 600, METHANOL_KG_PER_MOL), 0, air, "aloha", DispersionModelChoice.GAUSSIAN));
        assertFalse(forced.isDense());
        assertTrue(forced.richardson().richardsonNumber() > 0);
    }
}
