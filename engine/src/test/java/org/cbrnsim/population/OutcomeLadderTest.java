package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import org.cbrnsim.hazard.substance.HealthEffects;
import org.cbrnsim.hazard.substance.HealthEffectsLibrary;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.junit.jupiter.api.Test;

/** Toxic loads to the four outcomes, on hand-computed cases (chlorine, Lees probit and health-effects.yaml). */
class OutcomeLadderTest {

    /** Lees chlorine: D50 = e^((5 + 8.29)/0.92) = 1.8779×10⁶ ppm²·min, i.e. 250.2 ppm for 30 min. */
    private static final double D50 = Math.exp((5 + 8.29) / 0.92);

    private final OutcomeLadder ladder = new OutcomeLadder(Fixtures.chlorine(Fixtures.LEES));

    /**
     * A person of median tolerance (z = 0, lethal load D50): the medians are 10² × 30 = 3 000 (sought care),
     * 30² × 30 = 27 000 (admitted) and 50² × 30 = 75 000 ppm²·min (intensive care); death at D50.
     */
    @Test
    void medianPersonReachesEachTierAtItsMedianLoad() {
        assertEquals(1.8779e6, D50, 1e2);
        assertEquals(HealthState.NONE, ladder.tierReached(2_990, D50, 0));
        assertEquals(HealthState.SOUGHT_CARE, ladder.tierReached(3_010, D50, 0));
        assertEquals(HealthState.SOUGHT_CARE, ladder.tierReached(26_900, D50, 0));
        assertEquals(HealthState.ADMITTED, ladder.tierReached(27_100, D50, 0));
        assertEquals(HealthState.ADMITTED, ladder.tierReached(74_900, D50, 0));
        assertEquals(HealthState.ICU, ladder.tierReached(75_100, D50, 0));
        assertEquals(HealthState.ICU, ladder.tierReached(1.8e6, D50, 0), "death is decided by HealthUpdate");
    }

    /**
     * A tougher person, z = +1: lethal load D50·e^(1/0.92) = 5.5683×10⁶; intensive care at 0.04 of it,
     * 222 400 ppm²·min (86.1 ppm for 30 min).
     */
    @Test
    void tougherPersonNeedsProportionallyMore() {
        double lethal = D50 * Math.exp(1 / 0.92);
        assertEquals(5.5683e6, lethal, 1e2);
        assertEquals(HealthState.ADMITTED, ladder.tierReached(220_000, lethal, 0));
        assertEquals(HealthState.ICU, ladder.tierReached(225_000, lethal, 0));
        assertEquals(lethal, OutcomeLadder.loadAtLethality(Fixtures.LEES, 0.8413447460685429), 1e-6 * lethal);
    }

    /** Without a probit the guideline tiers decide: sarin's fallback, tier 2 sought care, tier 3 admitted, never ICU. */
    @Test
    void withoutProbitGuidelineTiersDecide() {
        Substance sarin = SubstanceLibrary.bundled().require("sarin");
        OutcomeLadder fallback = new OutcomeLadder(new HealthParameters(sarin, java.util.Optional.empty(),
                Fixtures.K_25C, Fixtures.ATM));
        assertEquals(HealthState.NONE, fallback.tierReached(0, Double.POSITIVE_INFINITY, 1));
        assertEquals(HealthState.SOUGHT_CARE, fallback.tierReached(0, Double.POSITIVE_INFINITY, 2));
        assertEquals(HealthState.ADMITTED, fallback.tierReached(0, Double.POSITIVE_INFINITY, 3));
    }

    /** Every substance's tiers, with the probit chosen for it, rise from sought care to LC50 (the reader's contract). */
    @Test
    void everySubstanceHasRisingTiersWithItsChosenProbit() {
        for (HealthEffects effects : HealthEffectsLibrary.bundled().all()) {
            Substance substance = SubstanceLibrary.bundled().require(effects.substanceId());
            HealthParameters health = new HealthParameters(substance, effects.lethalityProbit(substance),
                    Fixtures.K_25C, Fixtures.ATM);
            assertDoesNotThrow(() -> new OutcomeLadder(health), substance.id());
        }
    }
}
