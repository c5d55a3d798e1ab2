package org.cbrnsim.viz.chart;

import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.scenario.PlaceSpec;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * A map marker: a shape in pixels centred on (0, 0), its fill and its outline. Towns and villages are discs sized by
 * population; other kinds of place have shapes of their own; the release point is a star.
 *
 * @param shape        the marker, pixels about (0, 0)
 * @param fill         fill colour
 * @param outline      outline colour
 * @param outlineWidth outline width (px)
 */
record MapSymbol(Shape shape, Color fill, Color outline, float outlineWidth) {

    private static final Color DARK = new Color(0x30, 0x30, 0x30);

    /** The marker of a place. */
    static MapSymbol of(PlaceSpec place) {
        return place.kind().isResidential() ? settlement(place.population()) : of(place.kind());
    }

    /** A town or village: a dark disc of radius 4 px + 2 px per √(1000 residents). */
    static MapSymbol settlement(int population) {
        double radius = 4 + 2 * Math.sqrt(population / 1000.0);
        return new MapSymbol(new Ellipse2D.Double(-radius, -radius, 2 * radius, 2 * radius), DARK, Color.WHITE, 1.5f);
    }

    /** The marker of a kind of place that is not a town or village. */
    static MapSymbol of(PlaceKind kind) {
        return switch (kind) {
            case TOWN, VILLAGE -> settlement(1000);
            case HOSPITAL -> new MapSymbol(cross(8, 3), DARK, Color.WHITE, 1.5f);
            case CROSSING -> new MapSymbol(diamond(8), Color.WHITE, Color.BLACK, 2.2f);
            case STATION -> new MapSymbol(new Rectangle2D.Double(-5, -5, 10, 10), DARK, Color.WHITE, 1.5f);
            case PORT, PLANT -> new MapSymbol(triangle(8), DARK, Color.WHITE, 1.5f);
            case OTHER -> new MapSymbol(new Ellipse2D.Double(-5, -5, 10, 10), Color.WHITE, Color.BLACK, 2.2f);
        };
    }

    /** The release point: a black five-pointed star with a white rim. */
    static MapSymbol release() {
        return new MapSymbol(star(13, 5.5), Color.BLACK, Color.WHITE, 2f);
    }

    private static Shape cross(double half, double arm) {
        Path2D.Double path = new Path2D.Double();
        double[][] points = {{-arm, -half}, {arm, -half}, {arm, -arm}, {half, -arm}, {half, arm}, {arm, arm}, {arm, half},
                {-arm, half}, {-arm, arm}, {-half, arm}, {-half, -arm}, {-arm, -arm}};
        return polygon(path, points);
    }

    private static Shape diamond(double half) {
        return polygon(new Path2D.Double(), new double[][]{{0, -half}, {half, 0}, {0, half}, {-half, 0}});
    }

    private static Shape triangle(double half) {
        return polygon(new Path2D.Double(), new double[][]{{0, -half}, {half, half * 0.8}, {-half, half * 0.8}});
    }

    private static Shape star(double outer, double inner) {
        double[][] points = new double[10][];
        for (int i = 0; i < points.length; i++) {
            double radius = i % 2 == 0 ? outer : inner;
            double angle = Math.toRadians(-90 + 36 * i);
            points[i] = new double[]{radius * Math.cos(angle), radius * Math.sin(angle)};
        }
        return polygon(new Path2D.Double(), points);
    }

    private static Shape polygon(Path2D.Double path, double[][] points) {
        path.moveTo(points[0][0], points[0][1]);
        for (int i = 1; i < points.length; i++) {
            path.lineTo(points[i][0], points[i][1]);
        }
        path.closePath();
        return path;
    }
}
