package org.cbrnsim.viz.chart;

import org.cbrnsim.scenario.CountrySpec;
import org.cbrnsim.scenario.HazardSpec;
import org.cbrnsim.geo.PlaceKind;
import org.cbrnsim.scenario.PlaceSpec;
import org.cbrnsim.scenario.RoadSpec;
import org.cbrnsim.viz.run.RunRecord;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.locationtech.jts.geom.Geometry;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/**
 * The layers of a debrief map, bottom to top: country areas (light fills, names), threat tiers (bands and outlines),
 * country borders, roads, places and release points; and the legend that explains them.
 */
final class MapLayers {

    /** Which markers get a label. */
    enum Labels {
        /** Release points, towns and villages. */
        ALL,
        /** Towns and villages only (the legend tells the release point). */
        SETTLEMENTS
    }

    private static final Color[] COUNTRY_FILLS = {new Color(0xEE, 0xEE, 0xEE), new Color(0xF8, 0xF3, 0xE6),
            new Color(0xE4, 0xEC, 0xF2), new Color(0xF0, 0xEA, 0xF2)};
    private static final Color COUNTRY_NAME = new Color(0x90, 0x90, 0x90);
    private static final Color BORDER = new Color(0x40, 0x40, 0x40);
    private static final Stroke BORDER_STROKE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            10f, new float[]{14f, 5f, 3f, 5f}, 0f);
    private static final Color ROAD = new Color(0x6A, 0x6A, 0x6A);
    private static final Stroke ROAD_STROKE = DebriefStyle.line(2.5f);
    private static final Font COUNTRY_FONT = new Font(DebriefStyle.FAMILY, Font.BOLD, 22);
    private static final Shape LEGEND_AREA = new Rectangle2D.Double(-12, -8, 24, 16);
    private static final Shape LEGEND_LINE = new Line2D.Double(-14, 0, 14, 0);
    private static final double EXTENT_MARGIN = 0.03;
    /** Wide insets around tick labels make the axes choose fewer ticks (every 2 or 5 km rather than every km). */
    private static final RectangleInsets TICK_LABEL_SPACING = new RectangleInsets(7, 10, 7, 10);
    /** Cells a side of the grid searched for a good place for a country's name. */
    private static final int NAME_GRID = 24;

    private final RunRecord run;
    private final MapFrame frame;

    MapLayers(RunRecord run) {
        this.run = run;
        this.frame = new MapFrame(run);
    }

    MapFrame frame() {
        return frame;
    }

    /** An empty map plot showing at least {@code extentKm}, with axes in km east and north of the origin. */
    EqualAspectXYPlot plot(Rectangle2D extentKm, boolean axisLabels) {
        String origin = String.format(Locale.ROOT, "%.3f° N, %.3f° E", run.scenario().region().originLatDeg(),
                run.scenario().region().originLonDeg());
        NumberAxis east = new NumberAxis(axisLabels ? "km east of the origin (" + origin + ")" : null);
        NumberAxis north = new NumberAxis(axisLabels ? "km north of the origin" : null);
        for (NumberAxis axis : new NumberAxis[]{east, north}) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setTickLabelInsets(TICK_LABEL_SPACING);
        }
        EqualAspectXYPlot plot = new EqualAspectXYPlot(extentKm, east, north);
        DebriefStyle.style(plot);
        return plot;
    }

    /** Light fills for the countries' areas, one tint each. */
    void addCountryAreas(XYPlot plot) {
        List<CountrySpec> countries = run.scenario().region().countries();
        for (int i = 0; i < countries.size(); i++) {
            Color fill = COUNTRY_FILLS[i % COUNTRY_FILLS.length];
            plot.addAnnotation(new AreaAnnotation(frame.area(countries.get(i)), AreaStyle.filled(fill, Optional.empty())), false);
        }
    }

    /**
     * The tiers' areas: each tier's band (its area less the more severe tiers') filled in the tier's style, then every
     * tier's outline, least severe first.
     */
    void addTiers(XYPlot plot, SortedMap<Integer, Geometry> lonLatByLevel) {
        List<Integer> levels = new ArrayList<>(lonLatByLevel.keySet());
        for (int i = 0; i < levels.size(); i++) {
            Geometry band = lonLatByLevel.get(levels.get(i));
            for (int more = i + 1; more < levels.size(); more++) {
                band = band.difference(lonLatByLevel.get(levels.get(more)));
            }
            plot.addAnnotation(new AreaAnnotation(frame.shape(band), ZoneStyle.of(levels.get(i)).band()), false);
        }
        for (Integer level : levels) {
            plot.addAnnotation(new AreaAnnotation(frame.shape(lonLatByLevel.get(level)), ZoneStyle.of(level).outline()), false);
        }
    }

    /**
     * Borders, country names (when there are several countries; placed away from places, edges and {@code avoidKm}),
     * roads, places and release points, labelled as asked; labels keep off {@code avoidKm} where they can.
     */
    void addTopLayers(XYPlot plot, Labels labels, Shape avoidKm) {
        for (CountrySpec country : run.scenario().region().countries()) {
            plot.addAnnotation(new AreaAnnotation(frame.area(country), AreaStyle.outlined(BORDER, BORDER_STROKE)), false);
        }
        List<MapMarker> markers = markers(labels);
        addCountryNames(plot, markers.stream().map(MapMarker::atKm).toList(), avoidKm);
        plot.addAnnotation(new AreaAnnotation(roads(), AreaStyle.outlined(ROAD, ROAD_STROKE)), false);
        plot.addAnnotation(new MarkersAnnotation(markers, avoidKm), false);
    }

    /** The union (km) of areas in (lon, lat) degrees. */
    Shape shapeOf(Collection<Geometry> lonLatAreas) {
        Path2D.Double union = new Path2D.Double(Path2D.WIND_NON_ZERO);
        lonLatAreas.forEach(area -> union.append(frame.shape(area), false));
        return union;
    }

    /** The region and the given areas, with a margin of 3 % a side. */
    Rectangle2D extent(Collection<Geometry> lonLatAreas) {
        Rectangle2D extent = frame.region(run);
        for (Geometry area : lonLatAreas) {
            if (!area.isEmpty()) {
                extent = extent.createUnion(frame.shape(area).getBounds2D());
            }
        }
        double marginX = extent.getWidth() * EXTENT_MARGIN;
        double marginY = extent.getHeight() * EXTENT_MARGIN;
        return new Rectangle2D.Double(extent.getX() - marginX, extent.getY() - marginY, extent.getWidth() + 2 * marginX,
                extent.getHeight() + 2 * marginY);
    }

    /** Legend: the tiers shown (label per level), then the kinds of map symbol present. */
    LegendItemCollection legend(SortedMap<Integer, String> tierLabels) {
        LegendItemCollection items = new LegendItemCollection();
        List<Integer> severeFirst = new ArrayList<>(tierLabels.keySet());
        severeFirst.sort(Comparator.reverseOrder());
        for (Integer level : severeFirst) {
            ZoneStyle style = ZoneStyle.of(level);
            AreaStyle outline = style.outline();
            items.add(new LegendItem(tierLabels.get(level), null, null, null, LEGEND_AREA, style.fill(),
                    outline.outlineStroke(), Color.BLACK));
        }
        items.add(symbolItem("release point", MapSymbol.release()));
        items.add(symbolItem("town or village (size: residents)", MapSymbol.settlement(5000)));
        for (PlaceKind kind : otherKinds()) {
            items.add(symbolItem(kindLabel(kind), MapSymbol.of(kind)));
        }
        if (!run.scenario().roads().isEmpty()) {
            items.add(new LegendItem("road", null, null, null, LEGEND_LINE, ROAD_STROKE, ROAD));
        }
        items.add(new LegendItem("country border", null, null, null, LEGEND_LINE, BORDER_STROKE, BORDER));
        return items;
    }

    private void addCountryNames(XYPlot plot, List<Point2D> placesKm, Shape avoidKm) {
        if (run.scenario().region().countries().size() < 2) {
            return;
        }
        for (CountrySpec country : run.scenario().region().countries()) {
            Point2D at = namePoint(frame.area(country), placesKm, avoidKm);
            XYTextAnnotation name = new XYTextAnnotation(country.name().toUpperCase(Locale.ROOT), at.getX(), at.getY());
            name.setFont(COUNTRY_FONT);
            name.setPaint(COUNTRY_NAME);
            name.setTextAnchor(TextAnchor.CENTER);
            plot.addAnnotation(name, false);
        }
    }

    /**
     * Where a country's name goes: of a grid of points over its area, the one inside the area and outside
     * {@code avoidKm} that lies farthest from the places and from the area's edges (the area's centre if none is).
     */
    private static Point2D namePoint(Shape areaKm, List<Point2D> placesKm, Shape avoidKm) {
        Rectangle2D bounds = areaKm.getBounds2D();
        List<Line2D> edges = edges(areaKm);
        Point2D best = new Point2D.Double(bounds.getCenterX(), bounds.getCenterY());
        double bestClearance = Double.NEGATIVE_INFINITY;
        for (int i = 1; i < NAME_GRID; i++) {
            for (int j = 1; j < NAME_GRID; j++) {
                Point2D p = new Point2D.Double(bounds.getX() + bounds.getWidth() * i / NAME_GRID,
                        bounds.getY() + bounds.getHeight() * j / NAME_GRID);
                if (!areaKm.contains(p) || avoidKm.contains(p)) {
                    continue;
                }
                double clearance = Double.POSITIVE_INFINITY;
                for (Point2D place : placesKm) {
                    clearance = Math.min(clearance, place.distance(p));
                }
                for (Line2D edge : edges) {
                    clearance = Math.min(clearance, edge.ptSegDist(p));
                }
                if (clearance > bestClearance) {
                    best = p;
                    bestClearance = clearance;
                }
            }
        }
        return best;
    }

    private static List<Line2D> edges(Shape area) {
        List<Line2D> edges = new ArrayList<>();
        double[] coords = new double[6];
        Point2D first = null;
        Point2D last = null;
        for (PathIterator it = area.getPathIterator(null, 0.01); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            Point2D p = new Point2D.Double(coords[0], coords[1]);
            if (type == PathIterator.SEG_MOVETO) {
                first = p;
            } else if (type == PathIterator.SEG_LINETO) {
                edges.add(new Line2D.Double(last, p));
            } else if (type == PathIterator.SEG_CLOSE) {
                edges.add(new Line2D.Double(last, first));
                p = first;
            }
            last = p;
        }
        return edges;
    }

    private Shape roads() {
        Path2D.Double path = new Path2D.Double();
        for (RoadSpec road : run.scenario().roads()) {
            Optional<PlaceSpec> from = run.scenario().place(road.fromId());
            Optional<PlaceSpec> to = run.scenario().place(road.toId());
            if (from.isPresent() && to.isPresent()) {
                Point2D a = frame.km(from.get().latDeg(), from.get().lonDeg());
                Point2D b = frame.km(to.get().latDeg(), to.get().lonDeg());
                path.moveTo(a.getX(), a.getY());
                path.lineTo(b.getX(), b.getY());
            }
        }
        return path;
    }

    /** Release points first (their labels placed first), then towns by population, then the other places. */
    private List<MapMarker> markers(Labels labels) {
        List<MapMarker> markers = new ArrayList<>();
        for (HazardSpec hazard : run.scenario().hazards()) {
            Optional<String> label = Optional.of(hazard.id() + " (" + hazard.substance().name().toLowerCase(Locale.ROOT) + ")");
            markers.add(new MapMarker(frame.km(hazard.latDeg(), hazard.lonDeg()), MapSymbol.release(),
                    labels == Labels.ALL ? label : Optional.empty(), DebriefStyle.LABEL_BOLD, true));
        }
        List<PlaceSpec> places = new ArrayList<>(run.scenario().places());
        places.sort(Comparator.comparing((PlaceSpec p) -> !p.kind().isResidential())
                .thenComparing(PlaceSpec::population, Comparator.reverseOrder()));
        for (PlaceSpec place : places) {
            boolean labelled = place.kind().isResidential();
            markers.add(new MapMarker(frame.km(place.latDeg(), place.lonDeg()), MapSymbol.of(place),
                    labelled ? Optional.of(shortName(place.name())) : Optional.empty(), DebriefStyle.LABEL, false));
        }
        return markers;
    }

    /** The part of a place name before a translation ("Otaci / Отач") or a remark in brackets. */
    static String shortName(String name) {
        String shortName = name;
        for (String cut : new String[]{" / ", " ("}) {
            int at = shortName.indexOf(cut);
            if (at > 0) {
                shortName = shortName.substring(0, at);
            }
        }
        return shortName.strip();
    }

    private Set<PlaceKind> otherKinds() {
        Set<PlaceKind> kinds = EnumSet.noneOf(PlaceKind.class);
        run.scenario().places().stream().map(PlaceSpec::kind).filter(kind -> !kind.isResidential()).forEach(kinds::add);
        return kinds;
    }

    private static String kindLabel(PlaceKind kind) {
        return switch (kind) {
            case HOSPITAL -> "hospital";
            case CROSSING -> "border crossing";
            case STATION -> "station";
            case PORT -> "port";
            case PLANT -> "plant";
            case OTHER -> "other place (e.g. assembly point)";
            case TOWN, VILLAGE -> "town or village";
        };
    }

    /** A legend entry for a map symbol; white rims, invisible on the legend's white, are drawn black. */
    private static LegendItem symbolItem(String label, MapSymbol symbol) {
        Color outline = symbol.outline().equals(Color.WHITE) ? Color.BLACK : symbol.outline();
        return new LegendItem(label, null, null, null, symbol.shape(), symbol.fill(), DebriefStyle.line(1.5f), outline);
    }
}
