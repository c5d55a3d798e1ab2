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
 * row above or below (with a leader line to the mark) or on the mark's left, so that no two labels overlap.
 */
final class TimelineLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP_PX = 9;
    private static final double ROW_GAP_PX = 2;
    private static final double MARK_HALF_PX = 6;
    private static final int[] ROWS = {0, -1, 1, -2, 2, -3, 3};

    private final List<TimelineEntry> entries;

    TimelineLabels(List<TimelineEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), plot.getOrientation());
        RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), plot.getOrientation());
        double laneHeight = dataArea.getHeight() / EventLane.values().length;
        LabelPlacer placer = new LabelPlacer(dataArea);
        List<double[]> marks = new ArrayList<>();
        for (TimelineEntry entry : entries) {
            double x = domainAxis.valueToJava2D(entry.tS(), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(entry.lane().ordinal(), dataArea, yEdge);
            marks.add(new double[]{x, y});
            placer.occupy(new Rectangle2D.Double(x - MARK_HALF_PX, y - MARK_HALF_PX, 2 * MARK_HALF_PX, 2 * MARK_HALF_PX));
        }
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        for (int i = 0; i < entries.size(); i++) {
            String text = entries.get(i).text();
            Rectangle2D size = TextBox.size(g2, DebriefStyle.LABEL, text);
            double x = marks.get(i)[0];
            double y = marks.get(i)[1];
            Rectangle2D box = placer.place(candidates(x, y, size.getWidth(), size.getHeight(), laneHeight));
            if (Math.abs(box.getCenterY() - y) > 1) {
                g2.setPaint(DebriefStyle.INK);
                g2.setStroke(DebriefStyle.line(1f));
                double edgeX = box.getMinX() > x ? box.getMinX() : box.getMaxX();
                g2.draw(new Line2D.Double(x, y, edgeX, box.getCenterY()));
            }
            TextBox.draw(g2, DebriefStyle.LABEL, text, box, DebriefStyle.INK);
        }
        g2.setClip(savedClip);
    }

    /** Right of the mark then left of it, on its row then rows farther up and down, all inside the mark's lane. */
    private static List<LabelPlacer.Candidate> candidates(double x, double y, double w, double h, double laneHeight) {
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (int row : ROWS) {
            double top = y - h / 2 + row * (h + ROW_GAP_PX);
            if (top < y - laneHeight / 2 || top + h > y + laneHeight / 2) {
                continue;
            }
            candidates.add(new LabelPlacer.Candidate(new Rectangle2D.Double(x + GAP_PX, top, w, h), Math.abs(row)));
            candidates.add(new LabelPlacer.Candidate(new Rectangle2D.Double(x - GAP_PX - w, top, w, h), Math.abs(row) + 1));
        }
        return candidates;
    }
}
