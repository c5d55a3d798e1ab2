package org.cbrnsim.viz.chart;

import java.awt.Font;
import java.awt.geom.Point2D;
import java.util.Objects;
import java.util.Optional;

/**
 * A marker on a map, with an optional label.
 *
 * @param atKm      where (km east, km north)
 * @param symbol    how it is drawn
 * @param label     its label, if it has one
 * @param labelFont the label's font
 * @param onTop     drawn over every marker that is not (the release points), else drawn largest first
 */
record MapMarker(Point2D atKm, MapSymbol symbol, Optional<String> label, Font labelFont, boolean onTop) {

    MapMarker {
        Objects.requireNonNull(atKm, "atKm");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(labelFont, "labelFont");
    }
}
