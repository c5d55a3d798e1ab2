package org.cbrnsim.viz.chart;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels so that they do not overlap what is already drawn: of the candidate boxes offered for a label, the
 * first that lies inside the bounds, overlaps nothing placed so far and keeps off the areas to avoid; failing that, the
 * one that does least harm: costs, in shares of the box's area, 4 for each part cut off by the bounds, 20 for each part
 * over a marker (a hidden marker is lost), 3 over another label, 0.5 over an area to avoid, 0.3 for each step of detour
 * away from the labelled point.
 */
final class LabelPlacer {

    private final Rectangle2D bounds;
    /** A place offered for a label, and how many steps of detour it takes from the point labelled (0 = next to it). */
    record Candidate(Rectangle2D box, int detour) {
    }

    private static final double OUTSIDE_COST = 4;
    private static final double AVOID_COST = 0.5;
    private static final double DETOUR_COST = 0.3;

    private static final double MARKER_WEIGHT = 20;
    private static final double LABEL_WEIGHT = 3;

    /** A box taken, and the cost per unit area of covering it. */
    private record Taken(Rectangle2D box, double weight) {
    }

    private final List<Taken> taken = new ArrayList<>();
    private final List<Shape> avoided = new ArrayList<>();

    /** @param bounds where labels may go (px) */
    LabelPlacer(Rectangle2D bounds) {
        this.bounds = bounds;
    }

    /** Marks a box as taken (a marker drawn there). */
    void occupy(Rectangle2D box) {
        taken.add(new Taken(box, MARKER_WEIGHT));
    }

    /** Marks an area that labels should keep off where they can (e.g. the cloud). */
    void avoid(Shape area) {
        avoided.add(area);
    }

    /** The chosen box among {@code candidates} (non-empty), now taken. */
    Rectangle2D place(List<Candidate> candidates) {
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Candidate candidate : candidates) {
            Rectangle2D box = candidate.box();
            double cost = overlap(box) + outside(box) + over(box)
                    + DETOUR_COST * candidate.detour() * box.getWidth() * box.getHeight();
            if (cost < bestCost) {
                best = box;
                bestCost = cost;
            }
            if (cost == 0) {
                break;
            }
        }
        taken.add(new Taken(best, LABEL_WEIGHT));
        return best;
    }

    private double overlap(Rectangle2D candidate) {
        double area = 0;
        for (Taken box : taken) {
            Rectangle2D common = candidate.createIntersection(box.box());
            if (common.getWidth() > 0 && common.getHeight() > 0) {
                area += box.weight() * common.getWidth() * common.getHeight();
            }
        }
        return area;
    }

    private double over(Rectangle2D candidate) {
        double cost = 0;
        for (Shape area : avoided) {
            if (area.intersects(candidate)) {
                cost += AVOID_COST * candidate.getWidth() * candidate.getHeight();
            }
        }
        return cost;
    }

    /** The area of the candidate outside the bounds: a label cut off is unreadable. */
    private double outside(Rectangle2D candidate) {
        Rectangle2D inside = candidate.createIntersection(bounds);
        double insideArea = inside.getWidth() > 0 && inside.getHeight() > 0 ? inside.getWidth() * inside.getHeight() : 0;
        return OUTSIDE_COST * (candidate.getWidth() * candidate.getHeight() - insideArea);
    }
}
