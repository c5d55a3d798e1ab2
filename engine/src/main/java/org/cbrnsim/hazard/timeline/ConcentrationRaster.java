package org.cbrnsim.hazard.timeline;

import org.cbrnsim.hazard.dispersion.GaussianPuffField;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

import java.util.ArrayList;
import java.util.List;

/**
 * Ground-level concentration on a regular grid of square cells over the region: the value of the
 * present step (what people in a cell breathe outdoors) and the greatest value seen so far (the
 * footprint of each level of concern over the whole run).
 *
 * <p>Each step every puff adds its ground concentration to the cells within the radius where it stays
 * above a floor ({@link PuffReach}), so a puff touches only the cells it matters to and dilute puffs drop
 * out. Cell values are taken at cell centres: the raster draws maps and footprints; people breathe the
 * field at their own positions ({@link PointConcentrations}).
 */
public final class ConcentrationRaster {

    private final double minXM;
    private final double minYM;
    private final double cellM;
    private final int columns;
    private final int rows;
    private final double floorKgPerM3;
    private final double[] now;
    private final float[] max;
    private final int[] touched;
    private int touchedCount;

    /**
     * @param minXM        west edge (m)
     * @param minYM        south edge (m)
     * @param widthM       extent east–west (m), &gt; 0
     * @param heightM      extent south–north (m), &gt; 0
     * @param cellM        cell side (m), &gt; 0
     * @param lowestLevelKgPerM3 the lowest level of concern (kg/m³), &gt; 0
     */
    public ConcentrationRaster(double minXM, double minYM, double widthM, double heightM, double cellM,
                               double lowestLevelKgPerM3) {
        if (!(widthM > 0) || !(heightM > 0) || !(cellM > 0)) {
            throw new IllegalArgumentException("a raster needs a positive extent, cell size and level of concern");
        }
        this.minXM = minXM;
        this.minYM = minYM;
        this.cellM = cellM;
        this.columns = (int) Math.ceil(widthM / cellM);
        this.rows = (int) Math.ceil(heightM / cellM);
        long cells = (long) columns * rows;
        if (cells > 50_000_000L) {
            throw new IllegalArgumentException("raster of " + cells + " cells is too large; use larger cells");
        }
        this.floorKgPerM3 = PuffReach.floorKgPerM3(lowestLevelKgPerM3);
        this.now = new double[(int) cells];
        this.max = new float[(int) cells];
        this.touched = new int[(int) cells];
    }

    /** Recomputes the present values from the field's puffs and raises the maxima. */
    public void update(HazardField field) {
        for (int k = 0; k < touchedCount; k++) {
            now[touched[k]] = 0;
        }
        touchedCount = 0;
        GaussianPuffField puffs = field.puffs();
        for (int i = 0; i < puffs.size(); i++) {
            addPuff(puffs, i);
        }
        for (int k = 0; k < touchedCount; k++) {
            int cell = touched[k];
            now[cell] = Math.min(now[cell], field.ceilingKgPerM3());
            if (now[cell] > max[cell]) {
                max[cell] = (float) now[cell];
            }
        }
    }

    private void addPuff(GaussianPuffField puffs, int i) {
        double peak = puffs.groundPeakKgPerM3(i);
        double sigma = puffs.sigmaHorizontalM(i);
        double radius = PuffReach.radiusM(peak, sigma, floorKgPerM3);
        if (radius == 0) {
            return;
        }
        double cx = puffs.centreXM(i);
        double cy = puffs.centreYM(i);
        int c0 = Math.max(0, (int) Math.floor((cx - radius - minXM) / cellM));
        int c1 = Math.min(columns - 1, (int) Math.floor((cx + radius - minXM) / cellM));
        int r0 = Math.max(0, (int) Math.floor((cy - radius - minYM) / cellM));
        int r1 = Math.min(rows - 1, (int) Math.floor((cy + radius - minYM) / cellM));
        double radiusSq = radius * radius;
        double twoSigmaSq = 2 * sigma * sigma;
        for (int r = r0; r <= r1; r++) {
            double dy = minYM + (r + 0.5) * cellM - cy;
            for (int c = c0; c <= c1; c++) {
                double dx = minXM + (c + 0.5) * cellM - cx;
                double distSq = dx * dx + dy * dy;
                if (distSq <= radiusSq) {
                    int cell = r * columns + c;
                    if (now[cell] == 0) {
                        touched[touchedCount++] = cell;
                    }
                    now[cell] += peak * Math.exp(-distSq / twoSigmaSq);
                }
            }
        }
    }

    /** Present ground concentration (kg/m³) in the cell containing (x, y); 0 outside the raster. */
    public double nowKgPerM3(double xM, double yM) {
        int cell = cellAt(xM, yM);
        return cell < 0 ? 0 : now[cell];
    }

    /** Greatest ground concentration so far (kg/m³) in the cell containing (x, y); 0 outside. */
    public double maxKgPerM3(double xM, double yM) {
        int cell = cellAt(xM, yM);
        return cell < 0 ? 0 : max[cell];
    }

    /** Index of the cell containing (x, y), or −1 outside the raster. */
    public int cellAt(double xM, double yM) {
        int c = (int) Math.floor((xM - minXM) / cellM);
        int r = (int) Math.floor((yM - minYM) / cellM);
        return c < 0 || r < 0 || c >= columns || r >= rows ? -1 : r * columns + c;
    }

    /** Receives the centre of a raster cell (local metres). */
    @FunctionalInterface
    public interface CellVisitor {
        void visit(double xM, double yM);
    }

    /** Visits the centre of every cell whose present value is at or above {@code levelKgPerM3}, in the order the puffs reached them. */
    public void forEachCellAtOrAbove(double levelKgPerM3, CellVisitor visitor) {
        for (int k = 0; k < touchedCount; k++) {
            int cell = touched[k];
            if (now[cell] >= levelKgPerM3) {
                visitor.visit(minXM + (cell % columns + 0.5) * cellM, minYM + (cell / columns + 0.5) * cellM);
            }
        }
    }

    /** Present concentration of a cell by index (kg/m³). */
    public double nowKgPerM3(int cell) {
        return now[cell];
    }

    /**
     * The area where the concentration has reached {@code levelKgPerM3} at some time so far: the union of
     * those cells, in local metres (empty when none).
     */
    public Geometry footprint(double levelKgPerM3, GeometryFactory geometry) {
        return cellsWhere(cell -> max[cell] >= levelKgPerM3, geometry);
    }

    /** The area where the concentration is at or above {@code levelKgPerM3} now (empty when none). */
    public Geometry presentFootprint(double levelKgPerM3, GeometryFactory geometry) {
        return cellsWhere(cell -> now[cell] >= levelKgPerM3, geometry);
    }

    private Geometry cellsWhere(java.util.function.IntPredicate inside, GeometryFactory geometry) {
        List<Polygon> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            int c = 0;
            while (c < columns) {
                if (inside.test(r * columns + c)) {
                    int start = c;
                    while (c < columns && inside.test(r * columns + c)) {
                        c++;
                    }
                    cells.add(rectangle(geometry, start, c, r));
                } else {
                    c++;
                }
            }
        }
        return cells.isEmpty() ? geometry.createPolygon() : CascadedPolygonUnion.union(cells);
    }

    private Polygon rectangle(GeometryFactory geometry, int fromColumn, int toColumn, int row) {
        double x0 = minXM + fromColumn * cellM;
        double x1 = minXM + toColumn * cellM;
        double y0 = minYM + row * cellM;
        double y1 = y0 + cellM;
        return geometry.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    /** Cell side (m). */
    public double cellM() {
        return cellM;
    }
}
