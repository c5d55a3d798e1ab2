package org.cbrnsim.viz.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.util.Optional;

/**
 * The look of the three threat tiers (AEGL-3/2/1 or the like), the same on every chart. Told apart on a grey-scale
 * screen three ways: fill lightness (dark red, orange, light yellow), hatching (dense, sparse, none) and outline
 * (solid, dashed, dotted); the time series use the same colours and dashes.
 */
enum ZoneStyle {

    /** The least severe tier: light yellow, no hatching, dotted outline. */
    TIER_1(1, new Color(0xFF, 0xE3, 0x4D), Optional.empty(), DebriefStyle.DOTTED, new Color(0xB0, 0x90, 0x00)),
    /** The middle tier: orange, sparse hatching, dashed outline. */
    TIER_2(2, new Color(0xF3, 0x8B, 0x1C), Optional.of(new Hatch(-45, 14, new Color(0x60, 0x30, 0x00), 1.2f)),
            DebriefStyle.DASHED, new Color(0xE0, 0x70, 0x00)),
    /** The most severe tier: dark red, dense hatching, solid outline. */
    TIER_3(3, new Color(0xA5, 0x0F, 0x15), Optional.of(new Hatch(45, 8, new Color(0x20, 0x00, 0x00), 1.4f)),
            DebriefStyle.SOLID, new Color(0xA5, 0x0F, 0x15));

    /** Opacity of the zone fills: the map's borders and grid show through a little. */
    private static final int FILL_ALPHA = 215;
    private static final float OUTLINE_WIDTH_PX = 2.0f;

    private final int level;
    private final Color fill;
    private final Optional<Hatch> hatch;
    private final Stroke stroke;
    private final Color line;

    ZoneStyle(int level, Color fill, Optional<Hatch> hatch, Stroke stroke, Color line) {
        this.level = level;
        this.fill = fill;
        this.hatch = hatch;
        this.stroke = stroke;
        this.line = line;
    }

    /** The style of tier {@code level} (1, 2 or 3). */
    static ZoneStyle of(int level) {
        for (ZoneStyle style : values()) {
            if (style.level == level) {
                return style;
            }
        }
        throw new IllegalArgumentException("tier level must be 1, 2 or 3, got " + level);
    }

    int level() {
        return level;
    }

    /** The opaque fill colour (legends). */
    Color fill() {
        return fill;
    }

    /** The area between this tier's outline and the next more severe one's. */
    AreaStyle band() {
        return AreaStyle.filled(new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), FILL_ALPHA), hatch);
    }

    /** The tier's outline on a map: black, solid, dashed or dotted. */
    AreaStyle outline() {
        BasicStroke base = (BasicStroke) stroke;
        return AreaStyle.outlined(Color.BLACK, new BasicStroke(OUTLINE_WIDTH_PX, base.getEndCap(), base.getLineJoin(),
                base.getMiterLimit(), base.getDashArray(), 0f));
    }

    /** Line colour of the tier's series in a time chart (darker than the fill where the fill is too light). */
    Color line() {
        return line;
    }

    /** Line stroke of the tier's series: solid, dashed or dotted. */
    Stroke lineStroke() {
        return stroke;
    }
}
