package org.cbrnsim.population;

import java.util.Arrays;

/**
 * The population's state in numbers, per country and in total, filled in one pass over the
 * residents ({@link #tally}). Counts are in agents; multiply by the scenario's residents per agent
 * ({@code population.scale}) for people. Reuse one instance per run: a tally overwrites it.
 */
public final class PopulationCounts {

    private static final PopulationMetric[] METRICS = PopulationMetric.values();
    private static final int M = METRICS.length;
    /** The nested outcome metrics, by the {@link HealthState} code that reaches them: index k needs code ≥ k + 1. */
    private static final int[] NESTED_OUTCOMES = {PopulationMetric.SOUGHT_CARE.ordinal(),
            PopulationMetric.ADMITTED.ordinal(), PopulationMetric.ICU.ordinal(), PopulationMetric.DEAD.ordinal()};

    private final int countries;
    /** [country × M + metric], the totals in the last row. */
    private final long[] values;

    /** Counts for {@code countries} countries, all zero. */
    public PopulationCounts(int countries) {
        if (countries < 1) {
            throw new IllegalArgumentException("number of countries must be >= 1, got " + countries);
        }
        this.countries = countries;
        this.values = new long[(countries + 1) * M];
    }

    /** The number of countries. */
    public int countries() {
        return countries;
    }

    /** The count of {@code metric} in country {@code country}. */
    public long get(int country, PopulationMetric metric) {
        if (country < 0 || country >= countries) {
            throw new IllegalArgumentException("country index must lie in [0, " + countries + "), got " + country);
        }
        return values[country * M + metric.ordinal()];
    }

    /** The count of {@code metric} over all countries. */
    public long total(PopulationMetric metric) {
        return values[countries * M + metric.ordinal()];
    }

    /**
     * Recounts everything from {@code r} at time {@code tS} (for {@link PopulationMetric#WARNED}), with
     * {@code worriedWell} attendees without symptoms per country, counted under sought care.
     */
    void tally(Residents r, long[] worriedWell, double tS) {
        if (r.countryCount() > countries) {
            throw new IllegalArgumentException("counts hold " + countries + " countries, the residents "
                    + r.countryCount());
        }
        Arrays.fill(values, 0L);
        float now = (float) tS;
        byte dead = HealthState.DEAD.code();
        byte shelter = Decision.SHELTER.code();
        byte indoors = LocationState.INDOORS.code();
        byte arrived = LocationState.ARRIVED.code();
        for (int i = 0; i < r.count(); i++) {
            int row = r.countryOf(i) * M;
            if (r.warnedS[i] <= now) {
                values[row + PopulationMetric.WARNED.ordinal()]++;
            }
            for (int tier = 1; tier <= r.aeglTier[i]; tier++) {
                values[row + PopulationMetric.ABOVE_AEGL1.ordinal() + tier - 1]++;
            }
            byte health = r.health[i];
            for (int k = 0; k < health; k++) {
                values[row + NESTED_OUTCOMES[k]]++;
            }
            if (health == dead) {
                continue;
            }
            if (r.location[i] == arrived) {
                values[row + PopulationMetric.EVACUATED.ordinal()]++;
            } else if ((r.flags[i] & Residents.EN_ROUTE) != 0) {
                values[row + PopulationMetric.EVACUATING.ordinal()]++;
            } else if (r.decision[i] == shelter && r.location[i] == indoors) {
                values[row + PopulationMetric.SHELTERED.ordinal()]++;
            }
        }
        for (int c = 0; c < worriedWell.length; c++) {
            values[c * M + PopulationMetric.WORRIED_WELL.ordinal()] += worriedWell[c];
            values[c * M + PopulationMetric.SOUGHT_CARE.ordinal()] += worriedWell[c];
        }
        int totalRow = countries * M;
        for (int c = 0; c < countries; c++) {
            for (int m = 0; m < M; m++) {
                values[totalRow + m] += values[c * M + m];
            }
        }
    }
}
