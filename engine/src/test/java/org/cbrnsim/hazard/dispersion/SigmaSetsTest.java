package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;

class SigmaSetsTest {

    @Test
    void pasquillGiffordIsc3CheckValueClassDAtHalfAKilometre() {
        // dispersion.md §2.3: class D at 0.5 km gives σy = 36.15 m, σz = 18.30 m
        PlumeSpread pg = PasquillGiffordSpread.forClass(StabilityClass.D);
        assertEquals(36.15, pg.sigmaYM(500), 0.005);
        assertEquals(18.30, pg.sigmaZM(500), 0.005);
    }

    @Test
    void pasquillGiffordSigmaZIsCappedAt5000MetresForClassA() {
        PlumeSpread pg = PasquillGiffordSpread.forClass(StabilityClass.A);
        assertEquals(5000, pg.sigmaZM(5_000), 1e-9);
        // below the cap, the 0.51–3.11 km row: 453.85·1^2.1166
        assertEquals(453.85, pg.sigmaZM(1_000), 1e-9);
    }

    @Test
    void briggsOpenCountryReproducesDeVisscherAndCcpsSigmas() {
        // dispersion.md §2.6 #4: class D, 1000 m → σy 76.28, σz 37.95 (D coefficient 0.0015, ALOHA erratum)
        PlumeSpread d = BriggsSpread.openCountry(StabilityClass.D);
        assertEquals(76.28, d.sigmaYM(1000), 0.005);
        assertEquals(37.95, d.sigmaZM(1000), 0.005);
        // §2.6 #5: class F, 500 m → σy 19.52, σz 6.957
        PlumeSpread f = BriggsSpread.openCountry(StabilityClass.F);
        assertEquals(19.52, f.sigmaYM(500), 0.005);
        assertEquals(6.957, f.sigmaZM(500), 0.0005);
    }

    @Test
    void briggsUrbanClassD() {
        // §2.2 urban D: σy 0.16x(1+0.0004x)^-½, σz 0.14x(1+0.0003x)^-½ at 1000 m: 160/√1.4, 140/√1.3
        PlumeSpread urban = BriggsSpread.urban(StabilityClass.D);
        assertEquals(135.22, urban.sigmaYM(1000), 0.005);
        assertEquals(122.79, urban.sigmaZM(1000), 0.005);
    }

    @Test
    void alohaKeepsRuralSigmaYAndSwitchesSigmaZAtTwentyCentimetres() {
        // §1.4: σy always open-country; σz open-country below z0 = 0.2 m, urban at or above it
        PlumeSpread open = BriggsSpread.aloha(StabilityClass.D, 0.03);
        PlumeSpread town = BriggsSpread.aloha(StabilityClass.D, 0.2);
        assertEquals(76.28, open.sigmaYM(1000), 0.005);
        assertEquals(76.28, town.sigmaYM(1000), 0.005);
        assertEquals(37.95, open.sigmaZM(1000), 0.005);
        assertEquals(122.79, town.sigmaZM(1000), 0.005);
        assertTrue(town.name().contains("urban"), town.name());
    }

    @Test
    void ccpsPuffSigmasOfTheCcpsPuffExample() {
        // §2.6 #6: class F, 500 m → σx = σy = 5.048 m, σz = 2.215 m
        PlumeSpread puff = CcpsPuffSpread.forClass(StabilityClass.F);
        assertEquals(5.048, puff.sigmaYM(500), 0.0005);
        assertEquals(2.215, puff.sigmaZM(500), 0.0005);
    }

    @Test
    void bealsAlongWindSpreadClassD() {
        // Table 13: σx = 0.04·x^1.14; 1000^1.14 = 10^3.42 = 2630.27
        assertEquals(105.21, BealsAlongWindSpread.forClass(StabilityClass.D).sigmaXM(1000), 0.005);
    }

    @Test
    void selectorKnowsTheCommandLineNames() {
        assertEquals(BriggsSpread.openCountry(StabilityClass.E).name(), SigmaSets.named("briggs-rural", StabilityClass.E, 0.03).name());
        assertEquals(BriggsSpread.urban(StabilityClass.E).name(), SigmaSets.named("Briggs-Urban", StabilityClass.E, 0.03).name());
        assertEquals(BriggsSpread.aloha(StabilityClass.E, 1.0).name(), SigmaSets.named("aloha", StabilityClass.E, 1.0).name());
        assertEquals(PasquillGiffordSpread.forClass(StabilityClass.E).name(),
                SigmaSets.named("pasquill-gifford", StabilityClass.E, 0.03).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SigmaSets.named("turner", StabilityClass.D, 0.03));
        assertTrue(e.getMessage().contains("briggs-rural"), e.getMessage());
    }

    @Test
    void spreadsRejectDistancesAtOrUpwindOfTheSource() {
        assertThrows(IllegalArgumentException.class, () -> BriggsSpread.openCountry(StabilityClass.D).sigmaYM(0));
        assertThrows(IllegalArgumentException.class, () -> PasquillGiffordSpread.forClass(StabilityClass.D).sigmaZM(-5));
        assertThrows(IllegalArgumentException.class, () -> BriggsSpread.aloha(StabilityClass.D, 0));
    }
}
