package org.cbrnsim.hazard;

import org.cbrnsim.hazard.densegas.BritterMcQuaidPlume;
import org.cbrnsim.hazard.densegas.DenseGasAtmosphere;
import org.cbrnsim.hazard.densegas.DenseGasSourceCloud;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.ReleaseCloud;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.cbrnsim.hazard.zones.LevelOfConcern;
import org.cbrnsim.hazard.zones.ThreatZone;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.apache.commons.math3.special.Erf;
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
    private static final double CHLORINE_KG_PER_MOL = 0.070906;
    private static final double CHLORINE_RATE_KG_PER_S = 2;
    private static final double WIND_10M_MPS = 3;
    private static final double AIR_K = 288.15;

    /** 2 kg/s of chlorine gas at ground level, 3 m/s at 10 m, open country: the dense model forced. */
    private static HazardAssessment chlorine(StabilityClass stability, double durationS) {
        Atmosphere air = Atmosphere.of(WIND_10M_MPS, stability, 0.03, AIR_K);
        return new HazardAssessment(new ReleaseConditions(
                new ContinuousRelease(CHLORINE_RATE_KG_PER_S, durationS, CHLORINE_KG_PER_MOL), 0, air, "aloha",
                DispersionModelChoice.HEAVY));
    }

    /**
     * The steady Britter-McQuaid plume of the same chlorine release, built here from its parts: width bounded by
     * the release's whole volume, passive part carried by the transport wind.
     */
    private static BritterMcQuaidPlume steadyChlorine(HazardAssessment assessment) {
        Atmosphere air = assessment.conditions().atmosphere();
        DenseGasSourceCloud source = DenseGasSourceCloud.pureVapour(assessment.initialCloud().densityKgPerM3(),
                assessment.initialCloud().temperatureK());
        return new BritterMcQuaidPlume(CHLORINE_RATE_KG_PER_S, assessment.conditions().source().durationS(), source,
                DenseGasAtmosphere.dryAir(air.temperatureK(), air.pressurePa(), WIND_10M_MPS),
                SigmaSets.named("aloha", air.stability(), air.roughnessM()), assessment.transportWindMps());
    }

    /** 201 distances spaced evenly in log x from 50 m to 10 km. */
    private static double[] distancesFrom50mTo10km() {
        double[] x = new double[201];
        for (int i = 0; i < x.length; i++) {
            x[i] = 50 * Math.pow(200, i / 200.0);
        }
        return x;
    }

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

    /**
     * A concentration can never exceed the steady continuous plume of the same rate, and the cloud only dilutes
     * downwind: the peak of a dense release must not rise with distance. (The old plume/puff switch put the whole
     * mass of a 10-minute release into one puff at 3 km, 3× the steady plume, so the peak rose from 2 to 3 km.)
     */
    @ParameterizedTest(name = "class {0}, {1} s")
    @CsvSource({"D, 60", "D, 600", "D, 3600", "F, 60", "F, 600", "F, 3600"})
    void denseChlorinePeakNeverRisesWithDistanceNorExceedsTheSteadyPlume(String stability, double durationS) {
        HazardAssessment assessment = chlorine(StabilityClass.parse(stability), durationS);
        assertTrue(assessment.isDense());
        ReleaseCloud cloud = assessment.cloud();
        BritterMcQuaidPlume steady = steadyChlorine(assessment);
        double previous = Double.POSITIVE_INFINITY;
        double previousX = 0;
        for (double x : distancesFrom50mTo10km()) {
            double peak = cloud.peakKgPerM3(x, 0);
            assertTrue(peak > 0, "x = " + x);
            assertTrue(peak <= previous * (1 + 1e-9),
                    "peak rises from " + previous + " kg/m³ at " + previousX + " m to " + peak + " kg/m³ at " + x + " m");
            double steadyPeak = steady.peakKgPerM3(x, 0);
            assertTrue(peak <= steadyPeak * (1 + 1e-12), "x = " + x + ": " + peak + " above the steady plume " + steadyPeak);
            previous = peak;
            previousX = x;
        }
    }

    /**
     * A release of an hour is steady within a few km (σx ≪ U·T, peak at x/U + T/2 inside the hour): the peak is
     * the steady plume's. A 1-minute release at 3 km in class D is smeared by Palazzi's factor
     * erf(U·T/(2√2 σx)) with U the 10 m wind and Beals σx = 0.04·x^1.14 (dispersion.md §1.3, §1.4): 0.193.
     */
    @Test
    void denseChlorinePeakIsTheSteadyPlumeForALongReleaseAndPalazziSmearedForAShortOne() {
        for (StabilityClass stability : new StabilityClass[] {StabilityClass.D, StabilityClass.F}) {
            HazardAssessment hour = chlorine(stability, 3600);
            BritterMcQuaidPlume steady = steadyChlorine(hour);
            for (double x : new double[] {100, 300, 1000, 3000}) {
                double expected = steady.peakKgPerM3(x, 0);
                assertEquals(expected, hour.cloud().peakKgPerM3(x, 0), 1e-9 * expected, stability + ", x = " + x);
            }
        }
        HazardAssessment minute = chlorine(StabilityClass.D, 60);
        double x = 3000;
        double factor = Erf.erf(WIND_10M_MPS * 60 / (2 * Math.sqrt(2) * 0.04 * Math.pow(x, 1.14)));
        assertEquals(0.193, factor, 0.001);
        double expected = factor * steadyChlorine(minute).peakKgPerM3(x, 0);
        assertEquals(expected, minute.cloud().peakKgPerM3(x, 0), 1e-9 * expected);
        assertTrue(minute.cloud().modelName().contains("Britter-McQuaid") && minute.cloud().modelName().contains("Palazzi"),
                minute.cloud().modelName());
    }
}
