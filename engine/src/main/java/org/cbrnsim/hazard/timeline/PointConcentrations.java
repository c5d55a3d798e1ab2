package org.cbrnsim.hazard.timeline;

import java.util.Arrays;

import org.cbrnsim.hazard.dispersion.GaussianPuffField;

/**
 * The present ground-level concentration at any set of points (where people are), summed directly over
 * the puffs: C(x, y) = Σ peak<sub>i</sub>·exp(−r<sub>i</sub>²/2σ<sub>i</sub>²) over the puffs whose reach
 * ({@link PuffReach}) covers the point, the same Gaussian puff field and cut-off as the
 * {@link ConcentrationRaster}, but at the point itself rather than at a 100-m cell centre, so a plume a few
 * metres wide is neither missed nor spread over a whole cell.
 *
 * <p>To keep this cheap for a million points, {@link #update} sorts the puffs once per step into a uniform
 * grid of {@value #BUCKET_M}-m buckets over the region (each puff listed in every bucket its reach
 * overlaps, as compressed rows); a point then looks only at the puffs of its own bucket, and a point whose
 * bucket no puff reaches costs one array read. Points outside the region are summed over all puffs.
 * Puffs are summed in their stored order, so the result is deterministic; every sum is capped at the
 * field's pure-vapour ceiling ({@link HazardField#ceilingKgPerM3()}, 10⁶ ppm). Not thread-safe.
 */
public final class PointConcentrations {

    /** Side of the buckets that index the puffs (m): a few times a near-source puff's reach. */
    static final double BUCKET_M = 250;

    private final double minXM;
    private final double minYM;
    private final int columns;
    private final int rows;
    private final double floorKgPerM3;
    private final int[] rowStart;
    private final int[] cursor;
    private int[] entries = new int[1024];
    private int puffs;
    private double[] centreXM = new double[64];
    private double[] centreYM = new double[64];
    private double[] peakKgPerM3 = new double[64];
    private double[] inverseTwoSigmaSqPerM2 = new double[64];
    private double[] radiusSqM2 = new double[64];
    private double ceilingKgPerM3 = Double.POSITIVE_INFINITY;

    /**
     * @param minXM              west edge of the region (m)
     * @param minYM              south edge (m)
     * @param widthM             extent east–west (m), &gt; 0
     * @param heightM            extent south–north (m), &gt; 0
     * @param lowestLevelKgPerM3 the lowest level of concern (kg/m³), &gt; 0: sets the puffs' cut-off
     */
    public PointConcentrations(double minXM, double minYM, double widthM, double heightM, double lowestLevelKgPerM3) {
        if (!(widthM > 0) || !(heightM > 0) || Double.isInfinite(widthM) || Double.isInfinite(heightM)) {
            throw new IllegalArgumentException("the region needs a finite positive extent, got " + widthM + " × "
                    + heightM + " m");
        }
        this.minXM = minXM;
        this.minYM = minYM;
        this.columns = (int) Math.ceil(widthM / BUCKET_M);
        this.rows = (int) Math.ceil(heightM / BUCKET_M);
        long buckets = (long) columns * rows;
        if (buckets > 20_000_000L) {
            throw new IllegalArgumentException("region of " + buckets + " puff buckets is too large");
        }
        this.floorKgPerM3 = PuffReach.floorKgPerM3(lowestLevelKgPerM3);
        this.rowStart = new int[(int) buckets + 1];
        this.cursor = new int[(int) buckets];
    }

    /** Indexes the field's puffs as they are now; call once per step after the field has advanced. */
    public void update(HazardField field) {
        GaussianPuffField cloud = field.puffs();
        ceilingKgPerM3 = field.ceilingKgPerM3();
        puffs = 0;
        ensurePuffCapacity(cloud.size());
        Arrays.fill(rowStart, 0);
        for (int i = 0; i < cloud.size(); i++) {
            double peak = cloud.groundPeakKgPerM3(i);
            double sigma = cloud.sigmaHorizontalM(i);
            double radius = PuffReach.radiusM(peak, sigma, floorKgPerM3);
            if (radius > 0) {
                centreXM[puffs] = cloud.centreXM(i);
                centreYM[puffs] = cloud.centreYM(i);
                peakKgPerM3[puffs] = peak;
                inverseTwoSigmaSqPerM2[puffs] = 1 / (2 * sigma * sigma);
                radiusSqM2[puffs] = radius * radius;
                puffs++;
            }
        }
        for (int p = 0; p < puffs; p++) {
            forEachBucket(p, null);
        }
        for (int b = 0; b < columns * rows; b++) {
            rowStart[b + 1] += rowStart[b];
        }
        int total = rowStart[columns * rows];
        if (entries.length < total) {
            entries = new int[Math.max(total, 2 * entries.length)];
        }
        System.arraycopy(rowStart, 0, cursor, 0, cursor.length);
        for (int p = 0; p < puffs; p++) {
            forEachBucket(p, cursor);
        }
    }

    /**
     * Writes into {@code outKgPerM3[k]} the present ground concentration (kg/m³) at ({@code xsM[k]},
     * {@code ysM[k]}), for k &lt; {@code count}.
     */
    public void sample(float[] xsM, float[] ysM, int count, double[] outKgPerM3) {
        double perBucket = 1 / BUCKET_M;
        for (int k = 0; k < count; k++) {
            double x = xsM[k];
            double y = ysM[k];
            double u = (x - minXM) * perBucket;
            double v = (y - minYM) * perBucket;
            if (u >= 0 && v >= 0 && u < columns && v < rows) {
                int bucket = (int) v * columns + (int) u;
                int from = rowStart[bucket];
                int to = rowStart[bucket + 1];
                outKgPerM3[k] = from == to ? 0 : Math.min(ceilingKgPerM3, sum(x, y, from, to, entries));
            } else {
                outKgPerM3[k] = Math.min(ceilingKgPerM3, sum(x, y, 0, puffs, null));
            }
        }
    }

    /** The present ground concentration (kg/m³) at one point. */
    public double atKgPerM3(double xM, double yM) {
        double[] out = new double[1];
        sample(new float[] {(float) xM}, new float[] {(float) yM}, 1, out);
        return out[0];
    }

    /** Sums the puffs {@code list[from..to)} (or the puffs from..to themselves when {@code list} is null). */
    private double sum(double x, double y, int from, int to, int[] list) {
        double c = 0;
        for (int e = from; e < to; e++) {
            int p = list == null ? e : list[e];
            double dx = x - centreXM[p];
            double dy = y - centreYM[p];
            double distSq = dx * dx + dy * dy;
            if (distSq <= radiusSqM2[p]) {
                c += peakKgPerM3[p] * Math.exp(-distSq * inverseTwoSigmaSqPerM2[p]);
            }
        }
        return c;
    }

    /** Counts puff {@code p} in every bucket its reach overlaps, or, given the rows' fill cursors, lists it there. */
    private void forEachBucket(int p, int[] fill) {
        double radiusM = Math.sqrt(radiusSqM2[p]);
        int c0 = Math.max(0, (int) Math.floor((centreXM[p] - radiusM - minXM) / BUCKET_M));
        int c1 = Math.min(columns - 1, (int) Math.floor((centreXM[p] + radiusM - minXM) / BUCKET_M));
        int r0 = Math.max(0, (int) Math.floor((centreYM[p] - radiusM - minYM) / BUCKET_M));
        int r1 = Math.min(rows - 1, (int) Math.floor((centreYM[p] + radiusM - minYM) / BUCKET_M));
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int bucket = r * columns + c;
                if (fill == null) {
                    rowStart[bucket + 1]++;
                } else {
                    entries[fill[bucket]++] = p;
                }
            }
        }
    }

    private void ensurePuffCapacity(int size) {
        if (centreXM.length < size) {
            int capacity = Math.max(size, 2 * centreXM.length);
            centreXM = Arrays.copyOf(centreXM, capacity);
            centreYM = Arrays.copyOf(centreYM, capacity);
            peakKgPerM3 = Arrays.copyOf(peakKgPerM3, capacity);
            inverseTwoSigmaSqPerM2 = Arrays.copyOf(inverseTwoSigmaSqPerM2, capacity);
            radiusSqM2 = Arrays.copyOf(radiusSqM2, capacity);
        }
    }
}
