package org.cbrnsim.viz.chart;

import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tiers must stay apart on a grey-scale projector. */
class ZoneStyleTest {

    /** Relative luminance, ITU-R BT.709 weights on sRGB values linearised (WCAG 2.x definition). */
    private static double luminance(Color c) {
        double[] linear = new double[3];
        int[] channels = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int i = 0; i < 3; i++) {
            double v = channels[i] / 255.0;
            linear[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    @Test
    void fillsDifferInLightness() {
        double l1 = luminance(ZoneStyle.TIER_1.fill());
        double l2 = luminance(ZoneStyle.TIER_2.fill());
        double l3 = luminance(ZoneStyle.TIER_3.fill());
        assertTrue(l1 - l2 > 0.2 && l2 - l3 > 0.2, "luminance AEGL-1 " + l1 + ", AEGL-2 " + l2 + ", AEGL-3 " + l3);
    }

    @Test
    void outlinesAndLinesDifferInDashes() {
        float[] d1 = ((BasicStroke) ZoneStyle.TIER_1.outline().outlineStroke()).getDashArray();
        float[] d2 = ((BasicStroke) ZoneStyle.TIER_2.outline().outlineStroke()).getDashArray();
        float[] d3 = ((BasicStroke) ZoneStyle.TIER_3.outline().outlineStroke()).getDashArray();
        assertTrue(d3 == null, "AEGL-3 solid");
        assertFalse(d1 == null || d2 == null || Arrays.equals(d1, d2), "AEGL-1 and AEGL-2 dashed differently");
        assertFalse(ZoneStyle.TIER_1.lineStroke().equals(ZoneStyle.TIER_2.lineStroke()));
    }

    @Test
    void theMoreSevereTiersAreHatched() {
        assertTrue(ZoneStyle.TIER_3.band().hatch().isPresent());
        assertTrue(ZoneStyle.TIER_2.band().hatch().isPresent());
        assertFalse(ZoneStyle.TIER_1.band().hatch().isPresent());
    }

    @Test
    void onlyThreeTiers() {
        assertThrows(IllegalArgumentException.class, () -> ZoneStyle.of(4));
    }
}
