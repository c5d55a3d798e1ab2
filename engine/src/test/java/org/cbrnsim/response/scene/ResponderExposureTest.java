package org.cbrnsim.response.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.cbrnsim.geo.LocalPoint;
import org.cbrnsim.hazard.substance.ProbitFunction;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.population.HealthParameters;
import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.units.RecordingEvents;
import org.cbrnsim.response.units.ResponseUnit;
import org.cbrnsim.response.units.TestWorld;
import org.cbrnsim.scenario.AgencyKind;
import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Capability;
import org.cbrnsim.scenario.PpeLevel;
import org.cbrnsim.scenario.UnitType;
import org.cbrnsim.units.IdealGas;
import org.junit.jupiter.api.Test;

/**
 * Crews breathe the cloud through their equipment and are hurt by the residents' rules: chlorine, the Lees (2005) /
 * HSE OSD/30 probit (C in ppm, t in min, n = 2), 25 °C and 1 atm; every tolerance u = 0.5 (median person: lethal
 * load D50 = e^((5 + 8.29)/0.92) = 1.878×10⁶ ppm²·min; sought care at 10² × 30 = 3 000, admitted at 27 000, intensive
 * care at 75 000 ppm²·min, health-effects.yaml).
 */
class ResponderExposureTest {

    private static final Substance CHLORINE = SubstanceLibrary.bundled().require("chlorine");
    private static final ProbitFunction LEES = CHLORINE.probits().stream()
            .filter(p -> p.setName().startsWith("Lees")).findFirst().orElseThrow();
    private static final double K_25C = 298.15;
    private static final HealthParameters HEALTH = new HealthParameters(CHLORINE, Optional.of(LEES), K_25C,
            IdealGas.STANDARD_PRESSURE_PA);
    private static final AgencySpec POLICE = TestWorld.agency("police", AgencyKind.POLICE, "UA",
            TestWorld.unit("patrol", UnitType.POLICE, "station-a", 1, 0),
            TestWorld.unit("patrol-scba", UnitType.POLICE, "station-a", 2, EnumSet.of(Capability.TRAFFIC_CONTROL),
                    PpeLevel.B));
    private static final ResponseUnit PATROL = new ResponseUnit("patrol", POLICE, POLICE.units().get(0));
    private static final ResponseUnit PATROL_SCBA = new ResponseUnit("patrol-scba", POLICE, POLICE.units().get(1));
    private static final LocalPoint AT_CORDON = new LocalPoint(800, 0);

    /** Every draw is 0.5: the median person. */
    private static final RandomGenerator MEDIAN = new RandomGenerator() {
        @Override
        public long nextLong() {
            return 0;
        }

        @Override
        public double nextDouble() {
            return 0.5;
        }
    };

    private static double ppm(double ppm) {
        return IdealGas.ppmToKgPerM3(ppm, CHLORINE.molarMassKgPerMol(), K_25C, IdealGas.STANDARD_PRESSURE_PA);
    }

    /** {@code minutes} steps of 60 s at a constant {@code ppm} everywhere, from T0. */
    private static void breathe(ResponderExposure exposure, double ppm, int fromMinute, int minutes) {
        for (int k = fromMinute + 1; k <= fromMinute + minutes; k++) {
            exposure.step(60.0 * k, 60, (x, y, t) -> ppm(ppm));
        }
    }

    /**
     * Unprotected police 30 min at 20 ppm: D = 20² × 30 = 12 000 ppm²·min, ∫C dt = C × 1 800 s. In SCBA (factor
     * 10 000) the crew breathes 0.002 ppm: ∫C dt 10⁴ times smaller, D = 0.002² × 30 = 1.2×10⁻⁴ ppm²·min.
     */
    @Test
    void unprotectedPoliceGetTheHandComputedLoadAndScbaTenThousandTimesLess() {
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, new RecordingEvents());
        exposure.onScene(PATROL, AT_CORDON);
        exposure.onScene(PATROL_SCBA, AT_CORDON);
        breathe(exposure, 20, 0, 30);
        assertEquals(12_000, exposure.toxicLoad("patrol"), 1e-9 * 12_000);
        assertEquals(ppm(20) * 1800, exposure.doseKgSPerM3("patrol"), 1e-12 * ppm(20) * 1800);
        assertEquals(ppm(20) / 10_000, exposure.breathedKgPerM3("patrol-scba"), 1e-15 * ppm(20));
        assertEquals(exposure.doseKgSPerM3("patrol") / 10_000, exposure.doseKgSPerM3("patrol-scba"),
                1e-12 * exposure.doseKgSPerM3("patrol"));
        assertEquals(1.2e-4, exposure.toxicLoad("patrol-scba"), 1e-9 * 1.2e-4);
    }

    /**
     * At 20 ppm the load grows 400 ppm²·min a minute: both crew members pass 3 000 at minute 8 (3 200) and seek care;
     * 12 000 stays below admission. The crew in SCBA is not hurt.
     */
    @Test
    void theCrewIsHurtWhenItsLoadCrossesTheResidentsThresholds() {
        RecordingEvents events = new RecordingEvents();
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, events);
        exposure.onScene(PATROL, AT_CORDON);
        exposure.onScene(PATROL_SCBA, AT_CORDON);
        breathe(exposure, 20, 0, 30);
        assertEquals(List.of("injured@480 patrol 2 sought-care"), events.lines());
        assertEquals(HealthState.SOUGHT_CARE, exposure.health("patrol", 1));
        assertEquals(HealthState.NONE, exposure.health("patrol-scba", 0));
        assertEquals(2, exposure.injuredCount());
    }

    /**
     * At 1 000 ppm (10⁶ ppm²·min a minute): intensive care after the first minute, dead after the second
     * (2×10⁶ ≥ 1.878×10⁶); the second event counts nobody newly hurt, so the events add up to 2 responders injured.
     */
    @Test
    void aWorseningIsReportedWithoutCountingTheSameResponderTwice() {
        RecordingEvents events = new RecordingEvents();
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, events);
        exposure.onScene(PATROL, AT_CORDON);
        breathe(exposure, 1000, 0, 3);
        assertEquals(List.of("injured@60 patrol 2 icu", "injured@120 patrol 0 dead"), events.lines());
        assertEquals(HealthState.DEAD, exposure.health("patrol", 0));
    }

    /** Off scene at minute 10 (load 4 000), back at minute 40 for 5 more: 4 000 + 5 × 400 = 6 000 ppm²·min. */
    @Test
    void aCrewOffSceneBreathesNothing() {
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, new RecordingEvents());
        exposure.onScene(PATROL, AT_CORDON);
        breathe(exposure, 20, 0, 10);
        exposure.offScene(PATROL);
        breathe(exposure, 20, 10, 30);
        exposure.onScene(PATROL, new LocalPoint(0, 0));
        breathe(exposure, 20, 40, 5);
        assertEquals(6_000, exposure.toxicLoad("patrol"), 1e-9 * 6_000);
    }

    /** The crew breathes where it works: nothing upwind of a plume that only covers x > 0. */
    @Test
    void theCrewBreathesAtItsWorkingPosition() {
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, new RecordingEvents());
        exposure.onScene(PATROL, new LocalPoint(-500, 0));
        exposure.step(60, 60, (x, y, t) -> x > 0 ? ppm(20) : 0);
        assertEquals(0, exposure.toxicLoad("patrol"));
        exposure.moveTo(PATROL, AT_CORDON);
        exposure.step(120, 60, (x, y, t) -> x > 0 ? ppm(20) : 0);
        assertEquals(400, exposure.toxicLoad("patrol"), 1e-9 * 400);
    }

    /**
     * Sarin has no probit: its outcomes are guideline tiers (tier 3 exceeded → admitted, health-effects.yaml). One
     * minute at 1 ppm, far above the 10-min AEGL-3 (0.064 ppm, NRC), admits both crew members.
     */
    @Test
    void withoutProbitTheGuidelineTiersDecideAsForResidents() {
        Substance sarin = SubstanceLibrary.bundled().require("sarin");
        RecordingEvents events = new RecordingEvents();
        ResponderExposure exposure = new ResponderExposure(new HealthParameters(sarin, Optional.empty(), K_25C,
                IdealGas.STANDARD_PRESSURE_PA), MEDIAN, events);
        exposure.onScene(PATROL, AT_CORDON);
        exposure.step(60, 60, (x, y, t) -> IdealGas.ppmToKgPerM3(1, sarin.molarMassKgPerMol(), K_25C,
                IdealGas.STANDARD_PRESSURE_PA));
        assertEquals(List.of("injured@60 patrol 2 admitted"), events.lines());
        assertEquals(0, exposure.toxicLoad("patrol"));
    }

    @Test
    void protectionFactorsAreOshasAndBadInputIsRefused() {
        assertEquals(10_000, PpeProtection.protectionFactor(PpeLevel.A));
        assertEquals(10_000, PpeProtection.protectionFactor(PpeLevel.STRUCTURAL));
        assertEquals(50, PpeProtection.protectionFactor(PpeLevel.C));
        assertEquals(1, PpeProtection.protectionFactor(PpeLevel.NONE));
        ResponderExposure exposure = new ResponderExposure(HEALTH, MEDIAN, new RecordingEvents());
        exposure.onScene(PATROL, AT_CORDON);
        assertThrows(IllegalArgumentException.class, () -> exposure.step(60, 0, (x, y, t) -> 0));
        assertThrows(IllegalArgumentException.class, () -> exposure.step(60, 60, (x, y, t) -> -1));
        assertThrows(IllegalArgumentException.class, () -> exposure.toxicLoad("nobody"));
    }
}
