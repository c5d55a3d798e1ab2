package org.cbrnsim.viz.chart;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Markers drawn at map points with pixel-sized symbols, and their labels placed by a {@link LabelPlacer} so that no
 * label covers another label or a marker, and labels keep off the areas given to avoid (the cloud) where they can.
 * Markers are drawn largest first, so that none hides a smaller one (a hospital in a town), those marked on top last;
 * labels are placed in list order, so put the important first: they get the best places.
 */
final class MarkersAnnotation extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP_PX = 4;
    private static final double[] DISTANCES = {1, 3, 6};

    private final List<MapMarker> markers;
    private final Shape avoidKm;

    /**
     * @param markers the markers, the most important first
     * @param avoidKm where labels should not go (km), e.g. the threat zones
     */
    MarkersAnnotation(List<MapMarker> markers, Shape avoidKm) {
        this.markers = List.copyOf(markers);
        this.avoidKm = avoidKm;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        AffineTransform toScreen = ScreenTransform.of(plot, dataArea, domainAxis, rangeAxis);
        Shape savedClip = g2.getClip();
        g2.clip(dataArea);
        LabelPlacer placer = new LabelPlacer(dataArea);
        placer.avoid(toScreen.createTransformedShape(avoidKm));
        List<Shape> symbols = new ArrayList<>();
        for (MapMarker marker : markers) {
            Point2D at = toScreen.transform(marker.atKm(), null);
            Shape symbol = AffineTransform.getTranslateInstance(at.getX(), at.getY())
                    .createTransformedShape(marker.symbol().shape());
            symbols.add(symbol);
            placer.occupy(symbol.getBounds2D());
        }
        List<Integer> largestFirst = new ArrayList<>();
        for (int i = 0; i < markers.size(); i++) {
            largestFirst.add(i);
        }
        largestFirst.sort(Comparator.comparing((Integer i) -> markers.get(i).onTop())
                .thenComparing(Comparator.comparingDouble((Integer i) -> area(symbols.get(i))).reversed()));
        for (int i : largestFirst) {
            MapSymbol style = markers.get(i).symbol();
            g2.setPaint(style.fill());
            g2.fill(symbols.get(i));
            g2.setPaint(style.outline());
            g2.setStroke(new BasicStroke(style.outlineWidth()));
            g2.draw(symbols.get(i));
        }
        for (int i = 0; i < markers.size(); i++) {
            MapMarker marker = markers.get(i);
            Rectangle2D symbol = symbols.get(i).getBounds2D();
            marker.label().ifPresent(text -> {
                Rectangle2D size = TextBox.size(g2, marker.labelFont(), text);
                Rectangle2D box = placer.place(candidates(symbol, size.getWidth(), size.getHeight()));
                TextBox.draw(g2, marker.labelFont(), text, box, DebriefStyle.INK);
            });
        }
        g2.setClip(savedClip);
    }

    private static double area(Shape symbol) {
        Rectangle2D bounds = symbol.getBounds2D();
        return bounds.getWidth() * bounds.getHeight();
    }

    /** Boxes around a symbol: right, left, above, below, then the corners, near first then farther out. */
    private static List<LabelPlacer.Candidate> candidates(Rectangle2D symbol, double w, double h) {
        List<LabelPlacer.Candidate> boxes = new ArrayList<>();
        for (int detour = 0; detour < DISTANCES.length; detour++) {
            double gap = GAP_PX * DISTANCES[detour];
            double left = symbol.getMinX() - gap - w;
            double right = symbol.getMaxX() + gap;
            double above = symbol.getMinY() - gap - h;
            double below = symbol.getMaxY() + gap;
            double middleX = symbol.getCenterX() - w / 2;
            double middleY = symbol.getCenterY() - h / 2;
            double[][] corners = {{right, middleY}, {left, middleY}, {middleX, above}, {middleX, below},
                    {right, above}, {right, below}, {left, above}, {left, below}};
            for (double[] corner : corners) {
                boxes.add(new LabelPlacer.Candidate(new Rectangle2D.Double(corner[0], corner[1], w, h), detour));
            }
        }
        return boxes;
    }
}
