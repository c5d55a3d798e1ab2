package org.cbrnsim.population;

import java.util.Arrays;

/**
 * The population's state in numbers, per country and in total, filled in one pass over the
 * residents ({@link #tally}). Counts are in agents; multiply by the scenario's residents per agent
 * ({@code population.scale}) for people. Reuse one instance per run: a tally overwrites it.
 *
 * <p>The pass only counts the residents per class of state (country, warned or not, AEGL tier, worst
 * health state, where they are); the metrics are then added up from the few occupied classes, so the
 * pass over a million residents is one increment each.
 */
public final class PopulationCounts {

    private static final PopulationMetric[] METRICS = PopulationMetric.values();
    private static final int M = METRICS.length;
    /** The nested outcome metrics, by the {@link HealthState} code that reaches them: index k needs code ≥ k + 1. */
    private static final int[] NESTED_OUTCOMES = {PopulationMetric.SOUGHT_CARE.ordinal(),
            PopulationMetric.ADMITTED.ordinal(), PopulationMetric.ICU.ordinal(), PopulationMetric.DEAD.ordinal()};
    /** The metric of where a living resident is, by the class index {@link #whereOf} gives; −1 for none of them. */
    private static final int[] WHERE = {-1, PopulationMetric.EVACUATED.ordinal(), PopulationMetric.EVACUATING.ordinal(),
            PopulationMetric.SHELTERED.ordinal()};
    private static final int TIERS = 4;
    private static final int HEALTHS = HealthState.values().length;
    /** Classes of state per country: warned or not × AEGL tier 0–3 × health state × where. */
    private static final int CLASSES = 2 * TIERS * HEALTHS * WHERE.length;

    private final int countries;
    /** [country × M + metric], the totals in the last row. */
    private final long[] values;
    /** Residents per [country × {@link #CLASSES} + class] in the last tally. */
    private final long[] residentsPerClass;

    /** Counts for {@code countries} countries, all zero. */
    public PopulationCounts(int countries) {
        if (countries < 1) {
            throw new IllegalArgumentException("number of countries must be >= 1, got " + countries);
        }
        this.countries = countries;
        this.values = new long[(countries + 1) * M];
        this.residentsPerClass = new long[countries * CLASSES];
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
        Arrays.fill(residentsPerClass, 0L);
        float now = (float) tS;
        for (int i = 0; i < r.count(); i++) {
            int warned = r.warnedS[i] <= now ? 1 : 0;
            residentsPerClass[(((r.countryOf(i) * 2 + warned) * TIERS + r.aeglTier[i]) * HEALTHS + r.health[i])
                    * WHERE.length + whereOf(r, i)]++;
        }
        for (int c = 0; c < countries; c++) {
            int row = c * M;
            for (int k = 0; k < CLASSES; k++) {
                long n = residentsPerClass[c * CLASSES + k];
                if (n == 0) {
                    continue;
                }
                int where = k % WHERE.length;
                int health = k / WHERE.length % HEALTHS;
                int tier = k / (WHERE.length * HEALTHS) % TIERS;
                if (k / (WHERE.length * HEALTHS * TIERS) == 1) {
                    values[row + PopulationMetric.WARNED.ordinal()] += n;
                }
                for (int t = 1; t <= tier; t++) {
                    values[row + PopulationMetric.ABOVE_AEGL1.ordinal() + t - 1] += n;
                }
                for (int h = 0; h < health; h++) {
                    values[row + NESTED_OUTCOMES[h]] += n;
                }
                if (WHERE[where] >= 0) {
                    values[row + WHERE[where]] += n;
                }
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

    /** Where resident {@code i} is, as a class index into {@link #WHERE}: 0 dead or none of them, 1 arrived, 2 en route, 3 sheltering indoors. */
    private static int whereOf(Residents r, int i) {
        if (r.health[i] == HealthState.DEAD.code()) {
            return 0;
        }
        if (r.location[i] == LocationState.ARRIVED.code()) {
            return 1;
        }
        if ((r.flags[i] & Residents.EN_ROUTE) != 0) {
            return 2;
        }
        return r.decision[i] == Decision.SHELTER.code() && r.location[i] == LocationState.INDOORS.code() ? 3 : 0;
    }
}
