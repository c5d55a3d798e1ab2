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
        PopulationCounts counts = new PopulationCounts(2);
        counts.tally(r, new long[] {3, 1}, 0);
        assertEquals(2 + 3, counts.get(0, PopulationMetric.SOUGHT_CARE));
        assertEquals(3, counts.get(0, PopulationMetric.WORRIED_WELL));
        assertEquals(1, counts.get(0, PopulationMetric.ADMITTED));
        assertEquals(0, counts.get(0, PopulationMetric.ICU));
        assertEquals(1, counts.get(0, PopulationMetric.DEAD));
        assertEquals(1, counts.get(1, PopulationMetric.SOUGHT_CARE), "the worried-well attendee of country 1");
        assertEquals(1, counts.get(1, PopulationMetric.ICU));
        assertEquals(1, counts.get(1, PopulationMetric.DEAD));
        assertEquals(6, counts.total(PopulationMetric.SOUGHT_CARE));
        assertEquals(2, counts.total(PopulationMetric.DEAD));
        assertEquals(6 + 4, counts.total(PopulationMetric.SOUGHT_CARE) + counts.total(PopulationMetric.ADMITTED)
                + counts.total(PopulationMetric.ICU) + counts.total(PopulationMetric.DEAD), "6 hurt residents + 4 worried well");
    }
}
