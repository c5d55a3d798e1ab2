package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The four outcome columns: each person once, in their worst state; the worried well added to sought care. */
class PopulationCountsTest {

    @Test
    void eachPersonCountsOnceInTheirWorstState() {
        Residents r = new Residents(7, 1, 2);
        r.country[5] = 1;
        r.country[6] = 1;
        HealthState[] states = {HealthState.NONE, HealthState.SOUGHT_CARE, HealthState.SOUGHT_CARE, HealthState.ADMITTED,
                HealthState.DEAD, HealthState.ICU, HealthState.DEAD};
        for (int i = 0; i < states.length; i++) {
            r.health[i] = states[i].code();
        }
        boolean[] companion = {false, true, false, true, true, true, false};
        PopulationCounts counts = new PopulationCounts(2);
        counts.tally(r, companion, 0);
        assertEquals(2 + 1, counts.get(0, PopulationMetric.SOUGHT_CARE), "only the companion of one still at sought care");
        assertEquals(1, counts.get(0, PopulationMetric.WORRIED_WELL));
        assertEquals(1, counts.get(0, PopulationMetric.ADMITTED));
        assertEquals(0, counts.get(0, PopulationMetric.ICU));
        assertEquals(1, counts.get(0, PopulationMetric.DEAD));
        assertEquals(0, counts.get(1, PopulationMetric.SOUGHT_CARE), "resident 5 went on to intensive care");
        assertEquals(1, counts.get(1, PopulationMetric.ICU));
        assertEquals(1, counts.get(1, PopulationMetric.DEAD));
        assertEquals(3, counts.total(PopulationMetric.SOUGHT_CARE));
        assertEquals(2, counts.total(PopulationMetric.DEAD));
        assertEquals(6 + 1, counts.total(PopulationMetric.SOUGHT_CARE) + counts.total(PopulationMetric.ADMITTED)
                + counts.total(PopulationMetric.ICU) + counts.total(PopulationMetric.DEAD), "6 hurt residents + 1 worried well");
    }
}
