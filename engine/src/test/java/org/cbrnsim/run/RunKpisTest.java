package org.cbrnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.cbrnsim.hazard.substance.Substance;
import org.cbrnsim.hazard.substance.SubstanceLibrary;
import org.cbrnsim.scenario.HealthSpec;
import org.junit.jupiter.api.Test;

/** summary.json says which lethality probit was used and why. */
class RunKpisTest {

    private static final Substance CHLORINE = SubstanceLibrary.bundled().require("chlorine");

    @Test
    void notesNameTheSubstancesChoiceAndItsReason() {
        Map<String, String> notes = RunKpis.healthNotes(HealthSpec.defaults().resolvedFor(CHLORINE), CHLORINE);
        assertEquals("Lees (2005) / HSE OSD/30 Table 2", notes.get("lethality_probit"));
        assertTrue(notes.get("lethality_probit_reason").contains("Withers & Lees (1985)"), notes.toString());
        assertTrue(notes.get("outcome_counting").contains("nested"));
    }

    @Test
    void notesSayWhenTheScenarioChoseAnotherSet() {
        HealthSpec chosen = new HealthSpec(Optional.of("TNO Purple Book (CPR 18E) Table 5.2"));
        Map<String, String> notes = RunKpis.healthNotes(chosen, CHLORINE);
        assertEquals("TNO Purple Book (CPR 18E) Table 5.2", notes.get("lethality_probit"));
        assertTrue(notes.get("lethality_probit_reason").startsWith("chosen in the scenario"), notes.toString());
    }
}
