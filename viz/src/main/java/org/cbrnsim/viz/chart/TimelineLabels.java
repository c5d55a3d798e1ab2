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
import java.awt.geom.Point2D;
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

    /** The marks' centres and their labels' boxes (px), in entry order. */
    record Layout(List<Point2D> marks, List<Rectangle2D> labels) {
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        Layout layout = layout(g2, plot, dataArea, domainAxis, rangeAxis);
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        for (int i = 0; i < entries.size(); i++) {
            Point2D mark = layout.marks().get(i);
            Rectangle2D box = layout.labels().get(i);
            if (Math.abs(box.getCenterY() - mark.getY()) > 1 || box.getMinX() > mark.getX() + GAP_PX + 1) {
                g2.setPaint(DebriefStyle.INK);
                g2.setStroke(DebriefStyle.line(1f));
                double edgeX = box.getMinX() > mark.getX() ? box.getMinX() : box.getMaxX();
                g2.draw(new Line2D.Double(mark.getX(), mark.getY(), edgeX, box.getCenterY()));
            }
            TextBox.draw(g2, DebriefStyle.LABEL, entries.get(i).text(), box, DebriefStyle.INK);
        }
        g2.setClip(savedClip);
    }

    /** Where the marks are and where their labels go, in entry order, for the plot drawn in {@code dataArea}. */
    Layout layout(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double laneHeight = dataArea.getHeight() / lanes.size();
        LabelPlacer placer = new LabelPlacer(dataArea);
        List<Point2D> marks = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            double x = domainAxis.valueToJava2D(entry.tS(), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(lanes.indexOf(entry.lane()), dataArea, yEdge);
            marks.add(new Point2D.Double(x, y));
            Rectangle2D mark = new Rectangle2D.Double(x - MARK_KEEP_OFF_PX, y - MARK_KEEP_OFF_PX, 2 * MARK_KEEP_OFF_PX,
                    2 * MARK_KEEP_OFF_PX);
            placer.occupy(mark);
            taken.add(mark);
        }
        List<Rectangle2D> labels = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Rectangle2D size = TextBox.size(g2, DebriefStyle.LABEL, entries.get(i).text());
            Rectangle2D box = placer.place(preferred(candidates(marks.get(i).getX(), marks.get(i).getY(),
                    size.getWidth(), size.getHeight(), laneHeight), dataArea, taken));
            taken.add(box);
            labels.add(box);
        }
        return new Layout(marks, labels);
    }

    /**
     * The candidates wholly inside the plot that touch no mark or label drawn so far; failing that, those wholly inside
     * the plot (a label cut off is unreadable); failing that, all. The placer then takes the one with the least detour.
     */
    private static List<LabelPlacer.Candidate> preferred(List<LabelPlacer.Candidate> candidates, Rectangle2D dataArea,
                                                         List<Rectangle2D> taken) {
        List<LabelPlacer.Candidate> inside = candidates.stream().filter(c -> dataArea.contains(c.box())).toList();
        List<LabelPlacer.Candidate> free = inside.stream()
                .filter(c -> taken.stream().noneMatch(box -> box.intersects(c.box()))).toList();
        return !free.isEmpty() ? free : inside.isEmpty() ? candidates : inside;
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
