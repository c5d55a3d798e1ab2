package org.cbrnsim.hazard.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.DryDepositionVelocity;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.cbrnsim.hazard.source.InstantaneousRelease;
import org.cbrnsim.hazard.substance.RemovalLibrary;
import org.cbrnsim.hazard.substance.RemovalParameters;
import org.cbrnsim.sim.RandomStreams;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;
import org.junit.jupiter.api.Test;

/** The time-stepped cloud loses mass to the ground and to rain, and its wind meanders. */
class CloudRemovalTest {

    /** Ammonia: lighter than air, so the releases stay passive puffs (a chlorine release this size starts dense). */
    private static final double KG_PER_MOL = 0.017031;
    private static final double STEP_S = 60;

    private static WeatherState weather(double atS, StabilityClass s, double fromDeg, String rain, boolean fog) {
        return new WeatherState(atS, Atmosphere.of(3, s, 0.03, 288.15), fromDeg,
                QuantityParser.parse(rain, Dimension.SPEED), fog);
    }

    private static void run(HazardField field, double fromS, double untilS) {
        for (double t = fromS; t < untilS - 1e-9; t += STEP_S) {
            field.advance(t, STEP_S);
        }
    }

    private static PlacedRelease instantaneous(double massKg) {
        return new PlacedRelease("tank", new InstantaneousRelease(massKg, KG_PER_MOL), 0, 0, 0, 0);
    }

    @Test
    void rainOfFiveMillimetresAnHourWashesOut42PercentOfAnHno3LikeGasIn30Minutes() {
        // λ = 6×10⁻⁵ s⁻¹ at 1 mm/h (CALPUFF HNO3), 5 mm/h: the puff emitted in the middle of the release step is
        // 30 s old at its end, so e^(−3×10⁻⁴ · 1830) = e^(−0.549) = 0.57753 stays airborne after 30 more minutes.
        RemovalParameters hno3Like = new RemovalParameters("hno3-like", 0, 0, 6.0e-5);
        HazardField field = new HazardField(List.of(instantaneous(20_000)),
                new WeatherTimeline(List.of(weather(0, StabilityClass.D, 270, "5 mm/h", false))), "aloha", hno3Like,
                WindMeander.none());
        run(field, 0, STEP_S); // the release step: emitted in its middle
        run(field, STEP_S, STEP_S + 1800);
        assertEquals(20_000 * 0.57753, field.airborneMassKg(), 20_000 * 1e-5);
        assertEquals(20_000 - field.airborneMassKg(), field.washedOutMassKg(), 1e-6);
        assertEquals(0, field.depositedMassKg());
    }

    @Test
    void rainWashesOutOnlyWhileItRainsAndChlorineNotAtAll() {
        List<WeatherState> states = List.of(weather(0, StabilityClass.D, 270, "0 mm/h", false),
                weather(600, StabilityClass.D, 270, "10 mm/h", true));
        RemovalParameters ammonia = RemovalLibrary.bundled().find("ammonia").orElseThrow();
        RemovalParameters wetOnly = new RemovalParameters("ammonia-wet", 0, 0, ammonia.rainScavengingPerS());
        HazardField field = new HazardField(List.of(instantaneous(1000)), new WeatherTimeline(states), "aloha", wetOnly,
                WindMeander.none());
        run(field, 0, 600);
        assertEquals(1000, field.airborneMassKg(), 1e-9, "dry for the first 10 min");
        run(field, 600, 1200);
        // 10 mm/h of rain plus fog (as 0.1 mm/h): Λ = 6×10⁻⁵ × 10.1 = 6.06×10⁻⁴ s⁻¹ for 600 s
        assertEquals(1000 * Math.exp(-6.06e-4 * 600), field.airborneMassKg(), 1e-6);

        RemovalParameters chlorine = RemovalLibrary.bundled().find("chlorine").orElseThrow();
        HazardField chlorineField = new HazardField(List.of(instantaneous(1000)), new WeatherTimeline(states), "aloha",
                chlorine, WindMeander.none());
        run(chlorineField, 0, 1200);
        assertEquals(0, chlorineField.washedOutMassKg());
        assertTrue(chlorineField.depositedMassKg() > 0, "chlorine deposits to the ground");
    }

    @Test
    void whatLeavesTheAirIsOnTheGroundOrInTheRain() {
        PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(2, 1800, KG_PER_MOL), 0, 0, 1, 0);
        HazardField field = new HazardField(List.of(release),
                new WeatherTimeline(List.of(weather(0, StabilityClass.F, 270, "2 mm/h", false))), "aloha",
                RemovalLibrary.bundled().find("ammonia").orElseThrow(), WindMeander.none());
        run(field, 0, 3600);
        assertTrue(field.depositedMassKg() > 100 && field.washedOutMassKg() > 10, field.depositedMassKg() + " "
                + field.washedOutMassKg());
        assertEquals(3600, field.airborneMassKg() + field.depositedMassKg() + field.washedOutMassKg(), 1e-6);
    }

    @Test
    void theDepositionVelocityFollowsTheWeatherAndStaysBelowTheTablesValue() {
        RemovalParameters chlorine = RemovalLibrary.bundled().find("chlorine").orElseThrow();
        List<WeatherState> states = List.of(weather(0, StabilityClass.D, 270, "0 mm/h", false),
                weather(600, StabilityClass.F, 270, "0 mm/h", false));
        HazardField field = new HazardField(List.of(instantaneous(1000)), new WeatherTimeline(states), "aloha",
                chlorine, WindMeander.none());
        run(field, 0, 600);
        double neutral = field.depositionVelocityMps();
        assertEquals(DryDepositionVelocity.velocityMps(states.get(0).atmosphere(), chlorine.gasDiffusivityM2PerS(),
                chlorine.surfaceDepositionVelocityMps()), neutral, 1e-15);
        run(field, 600, 1200);
        double stable = field.depositionVelocityMps();
        assertEquals(DryDepositionVelocity.velocityMps(states.get(1).atmosphere(), chlorine.gasDiffusivityM2PerS(),
                chlorine.surfaceDepositionVelocityMps()), stable, 1e-15);
        assertTrue(stable < neutral && neutral < chlorine.surfaceDepositionVelocityMps(), stable + " " + neutral);
    }

    @Test
    void depositionHardlyDependsOnTheStepLength() {
        // 20 min of a 2 kg/s release at 1 m, class F, 3 m/s, ammonia (vs 1.9 cm/s): 619 kg deposited with 10 s
        // steps. When a puff deposited nothing in the step it was emitted in and σz was taken at the step's end,
        // 2 min steps gave 396 kg (−36 %); with the emission step counted, 537 kg (−14 %); with σz at the
        // middle of the step (midpoint rule), 656 kg (+6 %).
        double coarse = depositedKgAfter20Min(120);
        double fine = depositedKgAfter20Min(10);
        assertTrue(fine > 50, "deposited " + fine + " kg");
        assertEquals(fine, coarse, 0.1 * fine, "2 min steps against 10 s steps");
    }

    private static double depositedKgAfter20Min(double stepS) {
        PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(2, 3600, KG_PER_MOL), 0, 0, 1, 0);
        HazardField field = new HazardField(List.of(release),
                new WeatherTimeline(List.of(weather(0, StabilityClass.F, 270, "0 mm/h", false))), "aloha",
                RemovalLibrary.bundled().find("ammonia").orElseThrow(), WindMeander.none());
        for (double t = 0; t < 1200 - 1e-9; t += stepS) {
            field.advance(t, stepS);
        }
        assertEquals(2400, field.airborneMassKg() + field.depositedMassKg(), 1e-6);
        return field.depositedMassKg();
    }

    @Test
    void meanderWidensTheFootprintOfALongRelease() {
        // 3 h release, class D, wind from the west: the dose across a transect 2 km downwind, without meander and
        // with the meander of five seeds. σy(2 km, D) = 0.08·2000/√1.2 = 146 m; the meander's 8.36° is ≈ 294 m
        // at 2 km, of which a 3 h sample path shows less than the stationary spread.
        double[] ys = new double[101];
        for (int i = 0; i < ys.length; i++) {
            ys[i] = -2000 + 40 * i;
        }
        double[] steady = doseAcross(WindMeander.none(), ys);
        double steadyWidth = spreadM(steady, ys);
        assertEquals(146, steadyWidth, 10);
        double sumOfWidths = 0;
        for (long seed = 1; seed <= 5; seed++) {
            double[] wandering = doseAcross(WindMeander.forSigmaSet("aloha",
                    RandomStreams.generator(seed, "weather.meander")::nextGaussian), ys);
            double width = spreadM(wandering, ys);
            assertTrue(width > 1.2 * steadyWidth, "seed " + seed + ": " + steadyWidth + " m → " + width + " m");
            assertEquals(sum(steady), sum(wandering), 0.1 * sum(steady), "the meander moves the dose, adds none");
            sumOfWidths += width;
        }
        assertTrue(sumOfWidths / 5 > 1.5 * steadyWidth, "mean width " + sumOfWidths / 5 + " m");
    }

    private static double[] doseAcross(WindMeander meander, double[] ys) {
        PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(2, 3 * 3600, KG_PER_MOL), 0, 0, 1, 0);
        HazardField field = new HazardField(List.of(release),
                new WeatherTimeline(List.of(weather(0, StabilityClass.D, 270, "0 mm/h", false))), "aloha",
                RemovalParameters.NONE, meander);
        double[] dose = new double[ys.length];
        for (double t = 0; t < 4 * 3600; t += STEP_S) {
            field.advance(t, STEP_S);
            for (int i = 0; i < ys.length; i++) {
                dose[i] += field.groundConcentrationKgPerM3(2000, ys[i]) * STEP_S;
            }
        }
        return dose;
    }

    /** Standard deviation (m) of the dose profile across the transect. */
    private static double spreadM(double[] dose, double[] ys) {
        double total = sum(dose);
        double mean = 0;
        for (int i = 0; i < ys.length; i++) {
            mean += dose[i] * ys[i] / total;
        }
        double variance = 0;
        for (int i = 0; i < ys.length; i++) {
            variance += dose[i] * (ys[i] - mean) * (ys[i] - mean) / total;
        }
        return Math.sqrt(variance);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
