package org.cbrnsim.viz.chart;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * The labels of the timeline's marks, each in its mark's lane: beside the mark when there is room, else stacked on a
 * row above or below (with a leader line to the mark), on the mark's left, or moved right along a row into free space
 * (with a leader line), so that no two labels overlap.
 */
final class TimelineLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP_PX = 9;
    private static final double ROW_GAP_PX = 2;
    /** Labels keep this far from a mark's centre (the mark is 12 px wide): a hidden mark is an event lost. */
    private static final double MARK_KEEP_OFF_PX = 8;
    private static final int[] ROWS = {0, -1, 1, -2, 2, -3, 3};
    /** How far a label may be moved right, in steps of {@value #SHIFT_PX} px, when no place next to its mark is free. */
    private static final int MAX_SHIFTS = 12;
    private static final double SHIFT_PX = 40;
    /** Moved right by this many steps costs one more step of detour (LabelPlacer), starting at two, a row ±2's. */
    private static final int SHIFTS_PER_DETOUR = 4;

    private final List<TimelineEntry> entries;
    private final List<EventLane> lanes;

    /** Labels for {@code entries} on a timeline with {@code lanes}, top to bottom. */
    TimelineLabels(List<TimelineEntry> entries, List<EventLane> lanes) {
        this.entries = List.copyOf(entries);
        this.lanes = List.copyOf(lanes);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double laneHeight = dataArea.getHeight() / lanes.size();
        LabelPlacer placer = new LabelPlacer(dataArea);
        List<double[]> marks = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            double x = domainAxis.valueToJava2D(entry.tS(), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(lanes.indexOf(entry.lane()), dataArea, yEdge);
            marks.add(new double[]{x, y});
            placer.occupy(new Rectangle2D.Double(x - MARK_KEEP_OFF_PX, y - MARK_KEEP_OFF_PX, 2 * MARK_KEEP_OFF_PX,
                    2 * MARK_KEEP_OFF_PX));
        }
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).text();
            Rectangle2D size = TextBox.size(g2, DebriefStyle.LABEL, text);
            double x = marks.get(i)[0];
            double y = marks.get(i)[1];
            Rectangle2D box = placer.place(candidates(x, y, size.getWidth(), size.getHeight(), laneHeight));
            if (Math.abs(box.getCenterY() - y) > 1 || box.getMinX() > x + GAP_PX + 1) {
                g2.setPaint(DebriefStyle.INK);
                g2.setStroke(DebriefStyle.line(1f));
                double edgeX = box.getMinX() > x ? box.getMinX() : box.getMaxX();
                g2.draw(new Line2D.Double(x, y, edgeX, box.getCenterY()));
            }
            TextBox.draw(g2, DebriefStyle.LABEL, text, box, DebriefStyle.INK);
        }
        g2.setClip(savedClip);
    }

    /**
     * Right of the mark then left of it, on its row then rows farther up and down, then farther right on the rows above
     * and below (not on the mark's row, where the leader line would run through other marks), all inside the mark's
     * lane.
     */
    private static List<LabelPlacer.Candidate> candidates(double x, double y, double w, double h, double laneHeight) {
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        List<Double> tops = new ArrayList<>();
        for (int row : ROWS) {
            double top = y - h / 2 + row * (h + ROW_GAP_PX);
            if (top < y - laneHeight / 2 || top + h > y + laneHeight / 2) {
                continue;
            }
            if (row != 0) {
                tops.add(top);
            }
            candidates.add(new LabelPlacer.Candidate(new Rectangle2D.Double(x + GAP_PX, top, w, h), Math.abs(row)));
            candidates.add(new LabelPlacer.Candidate(new Rectangle2D.Double(x - GAP_PX - w, top, w, h), Math.abs(row) + 1));
        }
        for (int shift = 1; shift <= MAX_SHIFTS; shift++) {
            for (double top : tops) {
                candidates.add(new LabelPlacer.Candidate(new Rectangle2D.Double(x + GAP_PX + shift * SHIFT_PX, top, w, h),
                        2 + (shift - 1) / SHIFTS_PER_DETOUR));
            }
        }
        return candidates;
    }
}
