package org.cbrnsim.hazard.dispersion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigmaSetsTest {

    /** The sets of {@link SigmaSets}, plus "ccps-puff" for the puff coefficients. */
    private static PlumeSpread spread(String set, StabilityClass stability, double roughnessM) {
        return set.equals("ccps-puff") ? new CcpsPuffSpread(stability) : SigmaSets.named(set, stability, roughnessM);
    }

    /** Asserts a published value to the digits shown: within half a unit of its last digit. */
    private static void assertToShownDigits(String published, double actual, String source) {
        BigDecimal value = new BigDecimal(published);
        assertEquals(value.doubleValue(), actual, value.ulp().doubleValue() / 2, source);
    }

    @ParameterizedTest(name = "{0} {1} z0 {2} m at {3} m: σy {4}, σz {5} ({6})")
    @CsvSource({
        // ISC3 check value, dispersion.md §2.3
        "pasquill-gifford, D, 0.03, 500, 36.15, 18.30, §2.3 check value",
        // de Visscher p. 25 (§2.6 #4); needs the D-class 0.0015 (ALOHA erratum; 0.00015 would give σz 55.95)
        "briggs-rural, D, 0.03, 1000, 76.28, 37.95, §2.6 #4",
        "briggs-rural, F, 0.03, 500, 19.52, 6.957, §2.6 #5 CCPS p. 97",
        // §2.2 urban D at 1000 m: 160/√1.4, 140/√1.3
        "briggs-urban, D, 0.03, 1000, 135.22, 122.79, §2.2 urban",
        // §1.4: ALOHA keeps open-country σy; σz open-country below z0 = 0.2 m, urban at or above it
        "aloha, D, 0.03, 1000, 76.28, 37.95, §1.4 open country",
        "aloha, D, 0.2, 1000, 76.28, 122.79, §1.4 urban σz",
        // CCPS p. 101 puff (§2.6 #6): σx = σy 5.048 m, σz 2.215 m
        "ccps-puff, F, 0.03, 500, 5.048, 2.215, §2.6 #6 CCPS p. 101"})
    void publishedSigmas(String set, StabilityClass stability, double roughnessM, double xM,
                         String sigmaYM, String sigmaZM, String source) {
        PlumeSpread spread = spread(set, stability, roughnessM);
        assertToShownDigits(sigmaYM, spread.sigmaYM(xM), source);
        assertToShownDigits(sigmaZM, spread.sigmaZM(xM), source);
    }

    @Test
    void pasquillGiffordSigmaZIsCappedAt5000MetresForClassA() {
        PlumeSpread pg = new PasquillGiffordSpread(StabilityClass.A);
        assertEquals(5000, pg.sigmaZM(5_000), 1e-9);
        // below the cap, the 0.51–3.11 km row: 453.85·1^2.1166
        assertEquals(453.85, pg.sigmaZM(1_000), 1e-9);
    }

    @Test
    void alohaNamesTheUrbanSwitch() {
        assertTrue(BriggsSpread.aloha(StabilityClass.D, 0.2).name().contains("σz urban"));
        assertTrue(BriggsSpread.aloha(StabilityClass.D, 0.19).name().contains("σz open-country"));
    }

    @Test
    void bealsAlongWindSpreadClassD() {
        // Table 13: σx = 0.04·x^1.14; 1000^1.14 = 10^3.42 = 2630.27
        assertEquals(105.21, new BealsAlongWindSpread(StabilityClass.D).sigmaXM(1000), 0.005);
    }

    @Test
    void selectorKnowsTheCommandLineNames() {
        assertEquals(BriggsSpread.openCountry(StabilityClass.E).name(), SigmaSets.named("briggs-rural", StabilityClass.E, 0.03).name());
        assertEquals(BriggsSpread.urban(StabilityClass.E).name(), SigmaSets.named("Briggs-Urban", StabilityClass.E, 0.03).name());
        assertEquals(BriggsSpread.aloha(StabilityClass.E, 1.0).name(), SigmaSets.named("aloha", StabilityClass.E, 1.0).name());
        assertEquals(new PasquillGiffordSpread(StabilityClass.E).name(),
                SigmaSets.named("pasquill-gifford", StabilityClass.E, 0.03).name());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SigmaSets.named("turner", StabilityClass.D, 0.03));
        assertTrue(e.getMessage().contains("briggs-rural"), e.getMessage());
    }

    @Test
    void spreadsRejectDistancesAtOrUpwindOfTheSource() {
        assertThrows(IllegalArgumentException.class, () -> BriggsSpread.openCountry(StabilityClass.D).sigmaYM(0));
        assertThrows(IllegalArgumentException.class, () -> new PasquillGiffordSpread(StabilityClass.D).sigmaZM(-5));
        assertThrows(IllegalArgumentException.class, () -> BriggsSpread.aloha(StabilityClass.D, 0));
    }
}
