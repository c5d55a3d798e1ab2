package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.cbrnsim.population.HealthState;
import org.cbrnsim.response.TriageCategory;
import org.cbrnsim.scenario.TriageSystem;
import org.junit.jupiter.api.Test;

class TriageRuleTest {

    private static final TriageRule START = new TriageRule(TriageSystem.START);
    private static final TriageRule SALT = new TriageRule(TriageSystem.SALT);

    @Test
    void theFirstCategoryComesFromTheSeverity() {
        assertEquals(TriageCategory.MINOR, TriageRule.initialCategory(HealthState.SOUGHT_CARE));
        assertEquals(TriageCategory.DELAYED, TriageRule.initialCategory(HealthState.ADMITTED));
        assertEquals(TriageCategory.IMMEDIATE, TriageRule.initialCategory(HealthState.ICU));
        assertThrows(IllegalArgumentException.class, () -> TriageRule.initialCategory(HealthState.NONE));
        assertThrows(IllegalArgumentException.class, () -> TriageRule.initialCategory(HealthState.DEAD));
    }

    @Test
    void startGivesTheConditionWhateverTheWait() {
        for (TriageCategory condition : new TriageCategory[] {TriageCategory.MINOR, TriageCategory.DELAYED,
                TriageCategory.IMMEDIATE, TriageCategory.DECEASED}) {
            assertEquals(condition, START.category(condition, 600, 7200));
        }
    }

    @Test
    void saltCallsAnImmediatePatientExpectantWhenItWouldDieBeforeTreatment() {
        assertEquals(TriageCategory.EXPECTANT, SALT.category(TriageCategory.IMMEDIATE, 1799, 1800));
        assertEquals(TriageCategory.IMMEDIATE, SALT.category(TriageCategory.IMMEDIATE, 1800, 1800),
                "time enough, just");
        assertEquals(TriageCategory.DELAYED, SALT.category(TriageCategory.DELAYED, 600, 7200),
                "only immediate patients can be expectant");
    }

    @Test
    void expectantIsNotACondition() {
        assertThrows(IllegalArgumentException.class, () -> SALT.category(TriageCategory.EXPECTANT, 0, 0));
    }
}
