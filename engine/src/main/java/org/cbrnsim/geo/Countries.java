package org.cbrnsim.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The countries of a scenario: which country a point is in, the borders between them, overlaps, and where a path
 * crosses a border.
 *
 * <p>Borders tolerate digitising gaps and slivers up to a tolerance (default {@value #DEFAULT_TOLERANCE_M} m): the
 * border of A and B is the part of A's boundary lying within the tolerance of B's area, merged into maximal lines.
 * Where A and B share their vertices exactly this is the shared edge. At each end, where a third country or the
 * outside meets the border, it runs on along A's boundary while that stays within the tolerance of B: a stub of
 * about the tolerance (tolerance / sin θ when the edges meet at θ), so every point of the border is within the
 * tolerance of both areas.
 *
 * <p>Lookups are exact: a point belongs to the first country (in the given order) whose area covers it, boundary
 * included, and a point in a gap between areas belongs to none. Immutable and safe to share between threads.
 */
public final class Countries {

    /** Default border tolerance (m): gaps and overlaps narrower than this are digitising noise. */
    public static final double DEFAULT_TOLERANCE_M = 50;

    private final List<Country> countries;
    private final Map<String, Integer> indexByCode = new LinkedHashMap<>();
    private final List<PreparedGeometry> prepared = new ArrayList<>();
    private final STRtree index = new STRtree();
    private final List<Border> borders = new ArrayList<>();
    private final double toleranceM;
    private final GeometryFactory geometryFactory = new GeometryFactory();

    /** The countries in the given order, with the default border tolerance. */
    public Countries(List<Country> countries) {
        this(countries, DEFAULT_TOLERANCE_M);
    }

    /**
     * The countries in the given order (this order breaks ties), with a border tolerance in metres.
     *
     * @throws IllegalArgumentException on a duplicate country code or a tolerance that is not &gt; 0
     */
    public Countries(List<Country> countries, double toleranceM) {
        if (!(toleranceM > 0) || Double.isInfinite(toleranceM)) {
            throw new IllegalArgumentException("border tolerance must be a finite value > 0 m, got " + toleranceM);
        }
        this.toleranceM = toleranceM;
        this.countries = List.copyOf(countries);
        for (int i = 0; i < this.countries.size(); i++) {
            Country country = this.countries.get(i);
            if (indexByCode.putIfAbsent(country.code(), i) != null) {
                throw new IllegalArgumentException("country codes must be unique, got " + country.code() + " twice");
            }
            prepared.add(PreparedGeometryFactory.prepare(country.area()));
            index.insert(country.area().getEnvelopeInternal(), i);
        }
        index.build();
        for (int a = 0; a < this.countries.size(); a++) {
            for (int b = a + 1; b < this.countries.size(); b++) {
                MultiLineString line = sharedBoundary(this.countries.get(a), this.countries.get(b));
                if (!line.isEmpty()) {
                    borders.add(new Border(a, b, line));
                }
            }
        }
    }

    /** All countries, in the given order. */
    public List<Country> all() {
        return countries;
    }

    /** The border tolerance (m). */
    public double toleranceM() {
        return toleranceM;
    }

    /** The country with this code; {@link IllegalArgumentException} when there is none. */
    public Country get(String code) {
        return countries.get(indexOf(code));
    }

    /** The country whose area covers the local point, if any (the first in the given order on a shared border). */
    public Optional<Country> countryAt(LocalPoint point) {
        Coordinate coordinate = point.toCoordinate();
        Point location = geometryFactory.createPoint(coordinate);
        List<Integer> candidates = new ArrayList<>();
        for (Object item : index.query(new Envelope(coordinate))) {
            candidates.add((Integer) item);
        }
        Collections.sort(candidates);
        for (int i : candidates) {
            if (prepared.get(i).covers(location)) {
                return Optional.of(countries.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The border between two countries, as lines in local metres, or an empty geometry when they do not meet
     * (within the tolerance). Usually one line; several when the countries meet along separate stretches. The lines
     * run along the boundary of whichever of the two was given first, whatever the order of the arguments.
     */
    public MultiLineString border(String codeA, String codeB) {
        int a = indexOf(codeA);
        int b = indexOf(codeB);
        if (a == b) {
            throw new IllegalArgumentException("a border needs two different countries, got " + codeA + " twice");
        }
        for (Border border : borders) {
            if (border.a == Math.min(a, b) && border.b == Math.max(a, b)) {
                return border.line;
            }
        }
        return geometryFactory.createMultiLineString();
    }

    /**
     * Pairs of countries whose areas overlap by more than the tolerance: their common part contains a disc of
     * diameter {@link #toleranceM()}. A shared edge is not an overlap. Pairs come in the given order of countries.
     */
    public List<CountryOverlap> overlaps() {
        List<CountryOverlap> overlaps = new ArrayList<>();
        for (int a = 0; a < countries.size(); a++) {
            for (int b = a + 1; b < countries.size(); b++) {
                Geometry areaB = countries.get(b).area();
                if (!prepared.get(a).intersects(areaB)) {
                    continue;
                }
                Geometry common = countries.get(a).area().intersection(areaB);
                if (!common.buffer(-toleranceM / 2).isEmpty()) {
                    overlaps.add(new CountryOverlap(countries.get(a).code(), countries.get(b).code(), common.getArea()));
                }
            }
        }
        return overlaps;
    }

    /** True when the straight segment from {@code from} to {@code to} crosses a border (see {@link #crossings}). */
    public boolean crossesBorder(LocalPoint from, LocalPoint to) {
        return !crossings(geometryFactory.createLineString(new Coordinate[] {from.toCoordinate(), to.toCoordinate()}))
                .isEmpty();
    }

    /**
     * Where a path (local metres) passes from one country into another, in order along the path. At each place the
     * path meets a border, the side is taken a tolerance before and after it (the country whose area is nearer; an
     * equal distance is no side): it is a crossing when both sides are known and differ. So a path that touches a
     * border and turns back, or that starts or ends on a border, does not cross it. Meetings closer together along
     * the path than the tolerance count as one. The distance along a path that passes a point twice is that of
     * the first pass.
     */
    public List<BorderCrossing> crossings(LineString path) {
        LengthIndexedLine along = new LengthIndexedLine(path);
        double lengthM = path.getLength();
        List<BorderCrossing> crossings = new ArrayList<>();
        for (Border border : borders) {
            for (double[] meeting : meetings(along, path.intersection(border.line))) {
                String before = border.sideOf(along.extractPoint(Math.max(0, meeting[0] - toleranceM)));
                String after = border.sideOf(along.extractPoint(Math.min(lengthM, meeting[1] + toleranceM)));
                if (before != null && after != null && !before.equals(after)) {
                    double atM = (meeting[0] + meeting[1]) / 2;
                    crossings.add(new BorderCrossing(LocalPoint.of(along.extractPoint(atM)), before, after, atM));
                }
            }
        }
        crossings.sort(Comparator.comparingDouble(BorderCrossing::distanceAlongM));
        return crossings;
    }

    /** Intervals [from, to] along the path (m) where it meets a border, merged when closer than the tolerance. */
    private List<double[]> meetings(LengthIndexedLine along, Geometry meet) {
        List<double[]> intervals = new ArrayList<>();
        for (int g = 0; g < meet.getNumGeometries(); g++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (Coordinate c : meet.getGeometryN(g).getCoordinates()) {
                double s = along.indexOf(c);
                lo = Math.min(lo, s);
                hi = Math.max(hi, s);
            }
            if (lo <= hi) {
                intervals.add(new double[] {lo, hi});
            }
        }
        intervals.sort(Comparator.comparingDouble(interval -> interval[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] interval : intervals) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && interval[0] - last[1] <= toleranceM) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                merged.add(interval);
            }
        }
        return merged;
    }

    private MultiLineString sharedBoundary(Country a, Country b) {
        LineMerger merger = new LineMerger();
        merger.add(a.area().getBoundary().intersection(b.area().buffer(toleranceM)));
        List<LineString> lines = new ArrayList<>();
        for (Object line : merger.getMergedLineStrings()) {
            lines.add((LineString) line);
        }
        return geometryFactory.createMultiLineString(lines.toArray(new LineString[0]));
    }

    private int indexOf(String code) {
        Integer i = indexByCode.get(code);
        if (i == null) {
            throw new IllegalArgumentException("unknown country code " + code + "; known: " + indexByCode.keySet());
        }
        return i;
    }

    /** The border between countries {@code a < b} (indices in the given order). */
    private final class Border {
        final int a;
        final int b;
        final MultiLineString line;

        Border(int a, int b, MultiLineString line) {
            this.a = a;
            this.b = b;
            this.line = line;
        }

        /** The code of the nearer of the two countries, or null when the point is as near to both. */
        String sideOf(Coordinate c) {
            Point point = geometryFactory.createPoint(c);
            double toA = countries.get(a).area().distance(point);
            double toB = countries.get(b).area().distance(point);
            if (toA == toB) {
                return null;
            }
            return countries.get(toA < toB ? a : b).code();
        }
    }
}
