package org.cbrnsim.hazard.effects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * P = Φ(Y − 5) against the percentage ↔ probit table of Finney (1971), Probit Analysis, Table I
 * (reprinted e.g. in Crowl & Louvar, Chemical Process Safety, Table 2-4): 1 % ↔ 2.67,
 * 10 % ↔ 3.72, 50 % ↔ 5.00, 90 % ↔ 6.28, 99 % ↔ 7.33.
 */
class LethalityTest {

    @ParameterizedTest(name = "Y = {0} → P = {1}")
    @CsvSource({"2.67,0.01", "3.72,0.10", "5.00,0.50", "6.28,0.90", "7.33,0.99"})
    void finneyTable(double probit, double probability) {
        // the table prints Y to two decimals; ±0.005 in Y moves P by at most 0.4·0.005·… < 0.002
        assertEquals(probability, Lethality.probabilityOfDeath(probit), 0.002);
    }

    @ParameterizedTest(name = "Y = {0}")
    @CsvSource({"-Infinity,0.0", "Infinity,1.0"})
    void limits(double probit, double probability) {
        assertEquals(probability, Lethality.probabilityOfDeath(probit), 0.0);
    }

    @org.junit.jupiter.api.Test
    void rejectsNaN() {
        assertThrows(IllegalArgumentException.class, () -> Lethality.probabilityOfDeath(Double.NaN));
    }
}
