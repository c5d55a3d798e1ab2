package org.cbrnsim.viz.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run's {@code timeseries.csv}: the times ({@code t_s}, seconds after T0) and one column of values per metric,
 * e.g. "dead" (all countries) and "dead_UA" (one country).
 */
public final class RunTimeSeries {

    private final double[] timesS;
    private final Map<String, double[]> columns;

    /**
     * @param timesS  the times, increasing
     * @param columns metric name → one value per time, in file order
     * @throws IllegalArgumentException when a column's length differs from the times' or the times do not increase
     */
    public RunTimeSeries(double[] timesS, Map<String, double[]> columns) {
        this.timesS = timesS.clone();
        for (int i = 1; i < timesS.length; i++) {
            if (!(timesS[i] > timesS[i - 1])) {
                throw new IllegalArgumentException("times must increase, got " + timesS[i] + " s after " + timesS[i - 1] + " s");
            }
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        columns.forEach((name, values) -> {
            if (values.length != timesS.length) {
                throw new IllegalArgumentException("column " + name + " has " + values.length + " values for "
                        + timesS.length + " times");
            }
            copy.put(name, values.clone());
        });
        this.columns = Collections.unmodifiableMap(copy);
    }

    /** The times (s after T0), a copy. */
    public double[] timesS() {
        return timesS.clone();
    }

    /** The number of rows. */
    public int rowCount() {
        return timesS.length;
    }

    /** The metric names, in file order. */
    public List<String> names() {
        return new ArrayList<>(columns.keySet());
    }

    /** The values of a metric (a copy), if the run recorded it. */
    public Optional<double[]> column(String name) {
        double[] values = columns.get(name);
        return values == null ? Optional.empty() : Optional.of(values.clone());
    }

    /** The values of a metric in one country (column {@code name_CC}), if the run recorded it. */
    public Optional<double[]> column(String name, String countryCode) {
        return column(name + "_" + countryCode);
    }
}
