package org.cbrnsim.record;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Metrics over time: a time column {@code t_s} then one column per metric, in the order fixed at creation,
 * a row per recorded step, times strictly increasing. Stored as primitive arrays.
 */
public final class TimeSeries implements Serializable {

    /** Name of the time column. */
    public static final String TIME_COLUMN = "t_s";

    private static final long serialVersionUID = 1L;
    private static final int INITIAL_ROWS = 64;

    private final List<String> metricNames;
    private double[] times = new double[INITIAL_ROWS];
    private double[] values;
    private int rows;

    /** A series with these metric columns (unique, non-blank, not "t_s"), in this order. */
    public TimeSeries(List<String> metricNames) {
        Set<String> seen = new HashSet<>();
        for (String name : metricNames) {
            if (name == null || name.isBlank() || name.equals(TIME_COLUMN)) {
                throw new IllegalArgumentException("metric name must be a non-blank text other than '"
                        + TIME_COLUMN + "', got " + name);
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("metric names must be unique, '" + name + "' appears twice");
            }
        }
        this.metricNames = List.copyOf(metricNames);
        this.values = new double[INITIAL_ROWS * Math.max(1, metricNames.size())];
    }

    /** The metric column names, in order. */
    public List<String> metricNames() {
        return metricNames;
    }

    /** Appends the row at {@code tS} (later than the last row) with one value per metric, in column order. */
    public void append(double tS, double[] row) {
        if (row.length != metricNames.size()) {
            throw new IllegalArgumentException("a row needs " + metricNames.size() + " values, got " + row.length);
        }
        if (Double.isNaN(tS) || (rows > 0 && !(tS > times[rows - 1]))) {
            throw new IllegalArgumentException("row times must increase: last " + (rows > 0 ? times[rows - 1] : "none")
                    + " s, got " + tS + " s");
        }
        if (rows == times.length) {
            times = Arrays.copyOf(times, 2 * rows);
            values = Arrays.copyOf(values, 2 * values.length);
        }
        times[rows] = tS;
        System.arraycopy(row, 0, values, rows * metricNames.size(), row.length);
        rows++;
    }

    /** Number of rows. */
    public int rowCount() {
        return rows;
    }

    /** Time of row {@code row} (s after T0). */
    public double timeS(int row) {
        return times[checkRow(row)];
    }

    /** Value of metric column {@code column} (0-based, in {@link #metricNames()} order) in row {@code row}. */
    public double value(int row, int column) {
        if (column < 0 || column >= metricNames.size()) {
            throw new IllegalArgumentException("column must be in 0.." + (metricNames.size() - 1) + ", got " + column);
        }
        return values[checkRow(row) * metricNames.size() + column];
    }

    private int checkRow(int row) {
        if (row < 0 || row >= rows) {
            throw new IllegalArgumentException("row must be in 0.." + (rows - 1) + ", got " + row);
        }
        return row;
    }
}
