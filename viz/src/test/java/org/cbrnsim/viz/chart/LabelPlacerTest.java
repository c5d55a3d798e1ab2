package org.cbrnsim.viz.chart;

import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class LabelPlacerTest {

    private static final Rectangle2D BOUNDS = new Rectangle2D.Double(0, 0, 400, 300);

    private static List<LabelPlacer.Candidate> around(double x, double y) {
        return List.of(new LabelPlacer.Candidate(new Rectangle2D.Double(x + 5, y - 10, 100, 20), 0),
                new LabelPlacer.Candidate(new Rectangle2D.Double(x - 105, y - 10, 100, 20), 0),
                new LabelPlacer.Candidate(new Rectangle2D.Double(x - 50, y - 35, 100, 20), 1));
    }

    @Test
    void twoLabelsForOnePointDoNotOverlap() {
        LabelPlacer placer = new LabelPlacer(BOUNDS);
        Rectangle2D first = placer.place(around(200, 150));
        Rectangle2D second = placer.place(around(200, 150));
        assertFalse(first.intersects(second), first + " and " + second);
    }

    @Test
    void aLabelKeepsInsideTheBounds() {
        LabelPlacer placer = new LabelPlacer(BOUNDS);
        Rectangle2D box = placer.place(around(380, 150));
        assertEquals(275, box.getX(), 1e-9, "left of a point near the right edge");
    }

    @Test
    void aLabelDoesNotCoverAMarker() {
        LabelPlacer placer = new LabelPlacer(BOUNDS);
        placer.occupy(new Rectangle2D.Double(240, 145, 10, 10));
        Rectangle2D box = placer.place(around(200, 150));
        assertFalse(box.intersects(240, 145, 10, 10), box.toString());
    }

    @Test
    void aLabelKeepsOffAnAreaToAvoidWhenThereIsRoom() {
        LabelPlacer placer = new LabelPlacer(BOUNDS);
        placer.avoid(new Rectangle2D.Double(200, 100, 200, 100));
        Rectangle2D box = placer.place(around(200, 150));
        assertEquals(95, box.getX(), 1e-9);
    }
}
