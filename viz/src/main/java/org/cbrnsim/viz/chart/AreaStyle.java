package org.cbrnsim.viz.chart;

import java.awt.Color;
import java.awt.Stroke;
import java.util.Objects;
import java.util.Optional;

/**
 * How an area is painted on a map: an optional fill, optional hatching over it, an optional outline.
 *
 * @param fill          fill colour (with alpha for a see-through fill)
 * @param hatch         lines over the fill
 * @param outline       outline colour
 * @param outlineStroke outline stroke (used when there is an outline)
 */
record AreaStyle(Optional<Color> fill, Optional<Hatch> hatch, Optional<Color> outline, Stroke outlineStroke) {

    AreaStyle {
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(hatch, "hatch");
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(outlineStroke, "outlineStroke");
    }

    /** A fill, hatched or not, without outline. */
    static AreaStyle filled(Color fill, Optional<Hatch> hatch) {
        return new AreaStyle(Optional.of(fill), hatch, Optional.empty(), DebriefStyle.SOLID);
    }

    /** An outline only. */
    static AreaStyle outlined(Color outline, Stroke stroke) {
        return new AreaStyle(Optional.empty(), Optional.empty(), Optional.of(outline), stroke);
    }
}
