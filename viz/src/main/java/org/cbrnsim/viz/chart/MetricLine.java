package org.cbrnsim.viz.chart;

import java.awt.Color;
import java.awt.Stroke;
import java.util.Objects;

/**
 * One metric of timeseries.csv drawn as a line.
 *
 * @param column the metric's column, e.g. "dead" (the per-country column adds "_CC")
 * @param label  the legend's words, e.g. "dead"
 * @param colour line colour
 * @param stroke line stroke (solid, dashed, dotted: the series must be told apart in grey scale)
 */
record MetricLine(String column, String label, Color colour, Stroke stroke) {

    MetricLine {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(stroke, "stroke");
    }
}
