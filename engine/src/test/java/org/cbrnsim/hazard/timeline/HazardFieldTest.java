package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The time-stepped cloud against the steady ALOHA plume, and its response to the weather timeline. */
class HazardFieldTest {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;
    /** Ammonia, lighter than air: always passive, so these tests see the puffs alone. */
    private static final double AMMONIA_KG_PER_MOL = 0.017031;
    private static final double STEP_S = 60;

    private static WeatherState weather(double atS, double u10, StabilityClass s, double fromDeg) {
        return new WeatherState(atS, Atmosphere.of(u10, s, 0.03, 288.15), fromDeg);
    }

    private static HazardField field(List<WeatherState> states, double rateKgPerS, double durationS) {
        PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(rateKgPerS, durationS, AMMONIA_KG_PER_MOL),
                0, 0, 1, 0);
        return new HazardField(List.of(release), new WeatherTimeline(states), "aloha");
    }

    private static void run(HazardField field, double untilS) {
        for (double t = 0; t < untilS - 1e-9; t += STEP_S) {
            field.advance(t, STEP_S);
        }
    }

    @ParameterizedTest(name = "x = {0} m")
    @ValueSource(doubles = {300, 1000, 3000})
    void aLongReleaseInASteadyWindBecomesTheSteadyAlohaPlume(double xM) {
        // wind from the west (270°): the plume runs east along +x
        HazardField field = field(List.of(weather(0, 3, StabilityClass.D, 270)), 2, 7200);
        run(field, 3600);
        Atmosphere air = Atmosphere.of(3, StabilityClass.D, 0.03, 288.15);
        GaussianPlume plume = new GaussianPlume(1, air.transportWindMps(1), SigmaSets.named("aloha", StabilityClass.D, 0.03));
        double steady = 2 * plume.concentrationPerRate(xM, 0, 0);
        assertEquals(steady, field.groundConcentrationKgPerM3(xM, 0), 0.03 * steady);
        assertTrue(field.groundConcentrationKgPerM3(-xM, 0) < 1e-6 * steady, "nothing upwind");
    }

    @Test
    void airborneMassEqualsReleasedMass() {
        HazardField field = field(List.of(weather(0, 3, StabilityClass.D, 270)), 2, 600);
        run(field, 1200);
        assertEquals(1200, field.airborneMassKg(), 1e-9);
    }

    @Test
    void anInstantaneousReleaseIsEmittedWholeInItsFirstStep() {
        PlacedRelease release = new PlacedRelease("tank", new org.cbrnsim.hazard.source.InstantaneousRelease(20_000,
                CHLORINE_KG_PER_MOL), 0, 0, 0, 120);
        HazardField field = new HazardField(List.of(release), new WeatherTimeline(List.of(weather(0, 3, StabilityClass.D, 100))),
                "aloha");
        run(field, 120);
        assertEquals(0, field.airborneMassKg(), 0, "nothing before the release starts");
        field.advance(120, STEP_S);
        assertEquals(20_000, field.airborneMassKg(), 1e-9);
        field.advance(180, STEP_S);
        assertEquals(20_000, field.airborneMassKg(), 1e-9, "and never again");
    }

    @Test
    void aWindShiftTurnsTheCloud() {
        // 30 min from the west (cloud goes east), then from the south (cloud goes north)
        HazardField field = field(List.of(weather(0, 3, StabilityClass.D, 270), weather(1800, 3, StabilityClass.D, 180)),
                2, 3600);
        run(field, 1800);
        assertEquals(0, field.groundConcentrationKgPerM3(0, 1000), 1e-12, "before the shift nothing goes north");
        run(field, 3600);
        assertTrue(field.groundConcentrationKgPerM3(0, 1000) > 1e-5, "after the shift the plume runs north");
    }

    @Test
    void aStabilityChangeKeepsThePresentConcentrations() {
        HazardField field = field(List.of(weather(0, 2, StabilityClass.F, 270), weather(1800, 2, StabilityClass.D, 270)),
                1, 600);
        run(field, 1800);
        double before = field.groundConcentrationKgPerM3(2000, 0);
        field.advance(1800, 1e-6);
        assertEquals(before, field.groundConcentrationKgPerM3(2000, 0), 1e-4 * before,
                "σ is continuous through the change (virtual travel distances)");
    }

    @Test
    void theRasterMatchesTheFieldAndRecordsTheFootprint() {
        HazardField field = field(List.of(weather(0, 3, StabilityClass.D, 270)), 2, 3600);
        ConcentrationRaster raster = new ConcentrationRaster(-5000, -5000, 10000, 10000, 100, 1.5e-6);
        for (double t = 0; t < 3600; t += STEP_S) {
            field.advance(t, STEP_S);
            raster.update(field);
        }
        double exact = field.groundConcentrationKgPerM3(1050, 50);
        assertEquals(exact, raster.nowKgPerM3(1050, 50), 1e-3 * exact);
        double level = 5.8e-5; // 20 ppm of chlorine, 58 ppm of ammonia
        var footprint = raster.footprint(level, new org.locationtech.jts.geom.GeometryFactory());
        assertTrue(footprint.covers(new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(500, 0))));
        assertTrue(footprint.getEnvelopeInternal().getMinX() > -200, "nothing upwind");
    }
}
