package org.cbrnsim.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The four outcome columns are nested and cumulative, as incident reports count casualties: sought care ⊇
 * admitted ⊇ intensive care ⊇ dead; the worried well are added to sought care.
 */
class PopulationCountsTest {

    @Test
    void outcomesAreNestedSoAWorseningNeverLowersACount() {
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
        assertEquals(4 + 3, counts.get(0, PopulationMetric.SOUGHT_CARE), "4 hurt residents (the dead one too) + 3 worried well");
        assertEquals(3, counts.get(0, PopulationMetric.WORRIED_WELL));
        assertEquals(2, counts.get(0, PopulationMetric.ADMITTED), "admitted and dead");
        assertEquals(1, counts.get(0, PopulationMetric.ICU), "the dead one");
        assertEquals(1, counts.get(0, PopulationMetric.DEAD));
        assertEquals(2 + 1, counts.get(1, PopulationMetric.SOUGHT_CARE), "ICU, dead and a worried-well attendee");
        assertEquals(2, counts.get(1, PopulationMetric.ICU));
        assertEquals(1, counts.get(1, PopulationMetric.DEAD));
        assertEquals(10, counts.total(PopulationMetric.SOUGHT_CARE));
        assertEquals(2, counts.total(PopulationMetric.DEAD));

        long admittedBefore = counts.total(PopulationMetric.ADMITTED);
        long soughtBefore = counts.total(PopulationMetric.SOUGHT_CARE);
        r.health[1] = HealthState.ICU.code();
        counts.tally(r, new long[] {3, 1}, 60);
        assertEquals(soughtBefore, counts.total(PopulationMetric.SOUGHT_CARE), "a worsening keeps sought care");
        assertEquals(admittedBefore + 1, counts.total(PopulationMetric.ADMITTED));
    }
}
