package org.cbrnsim.hazard.timeline;

import java.util.Arrays;

import org.cbrnsim.hazard.dispersion.GaussianPuffField;

/**
 * The present ground-level concentration at any set of points (where people are): C(x, y) =
 * Σ peak<sub>i</sub>·exp(−r<sub>i</sub>²/2σ<sub>i</sub>²) over the puffs whose reach ({@link PuffReach}) covers
 * the point, the same Gaussian puff field and cut-off as the {@link ConcentrationRaster}, but at the point itself
 * rather than at a 100-m cell centre, so a plume a few metres wide is neither missed nor spread over a whole cell.
 *
 * <p>To keep this cheap for a million points, {@link #update} sorts the puffs once per step into a uniform
 * grid of {@value #BUCKET_M}-m buckets over the region (each puff listed in every bucket its reach
 * overlaps, as compressed rows); {@link #sample} groups the points by bucket (a counting sort), and a point
 * then looks only at the puffs of its own bucket; a point whose bucket no puff reaches costs one array read.
 * Points outside the region are summed directly over all puffs.
 *
 * <p>Within a bucket the sum is evaluated in one of two ways, whichever costs fewer puff evaluations:
 * <ul>
 * <li>directly at every point (points × puffs): near the sources, where the puffs are narrow, and wherever
 *     few people are;</li>
 * <li>on a square lattice of nodes (nodes × puffs + points), anchored at the bucket's corner, whose spacing
 *     h = {@value #BUCKET_M} m / n is the largest such spacing at or below σ<sub>min</sub>/{@value #NODES_PER_SIGMA},
 *     σ<sub>min</sub> the smallest horizontal spread of the puffs listed in the bucket; only the lattice cells
 *     that hold points are evaluated, and each point takes the bilinear interpolation of its cell's four
 *     corners. The lattice depends on the bucket's puffs only, never on where the grid lines of the caller
 *     fall, so a point's value does not depend on them beyond the interpolation error.</li>
 * </ul>
 * Interpolation error: piecewise linear interpolation on nodes h apart misses a twice-differentiable g by at
 * most h²/8·max|g″| (de Boor 2001, <i>A Practical Guide to Splines</i>, rev. ed., ch. III "Broken line
 * interpolation", pp. 31–32: the interpolation remainder g − Ig = ½g″(ξ)(x − x<sub>j</sub>)(x − x<sub>j+1</sub>)
 * with |(x − x<sub>j</sub>)(x − x<sub>j+1</sub>)| ≤ h²/4). Bilinear interpolation is linear interpolation in x of linear interpolations
 * in y, each of max-norm 1, so |C − I<sub>h</sub>C| ≤ h²/8·(max|C<sub>xx</sub>| + max|C<sub>yy</sub>|) over
 * the point's lattice cell. For one Gaussian puff, with ρ = r/σ, |C<sub>xx</sub>| + |C<sub>yy</sub>| ≤
 * peak/σ²·max(2, ρ²)·e<sup>−ρ²/2</sup>, which falls with ρ from 2·peak/σ² at the centre; so with h ≤ σ/5 a puff
 * adds at most peak/200·max(2, ρ²)·e<sup>−ρ²/2</sup> at the cell's nearest approach ρ to its centre: at most 1 % of
 * its peak ({@link #INTERPOLATION_ERROR_PER_PEAK}); relative to its own value there, about 1 % within √2 σ of
 * the centre and ρ²/2 % beyond (4.5 % at 3 σ, in the tail where the value itself is small). The cut-off at a puff's reach adds a jump of at most
 * the floor ({@link PuffReach}) per puff, as in the direct sum.
 *
 * <p>Puffs are summed in their stored order and the choice depends on the bucket's puffs and point count only,
 * so the result is deterministic; every value is capped at the field's pure-vapour ceiling
 * ({@link HazardField#ceilingKgPerM3()}, 10⁶ ppm). Work arrays grow with the number of points and are reused, so
 * a step allocates nothing. Not thread-safe.
 */
public final class PointConcentrations {

    /** Side of the buckets that index the puffs (m): a few times a near-source puff's reach. */
    static final double BUCKET_M = 250;
    /** Lattice nodes per smallest puff spread σ<sub>min</sub> of a bucket: h ≤ σ<sub>min</sub>/5. */
    static final int NODES_PER_SIGMA = 5;
    /**
     * Bound of the interpolation error per unit of the summed peaks of a bucket's puffs:
     * h²/8·2/σ² with h = σ/{@value #NODES_PER_SIGMA}, i.e. 1 %.
     */
    public static final double INTERPOLATION_ERROR_PER_PEAK = 2.0 / (8 * NODES_PER_SIGMA * NODES_PER_SIGMA);

    private final double minXM;
    private final double minYM;
    private final int columns;
    private final int rows;
    private final double floorKgPerM3;
    private final int[] rowStart;
    /** Fill cursors of the puff lists in {@link #update}; per-bucket point counts and cursors in {@link #sample} (0 between calls). */
    private final int[] bucketScratch;
    private int[] entries = new int[1024];
    private int puffs;
    private double[] centreXM = new double[64];
    private double[] centreYM = new double[64];
    private double[] peakKgPerM3 = new double[64];
    private double[] inverseTwoSigmaSqPerM2 = new double[64];
    private double[] radiusSqM2 = new double[64];
    private double[] sigmaM = new double[64];
    private double ceilingKgPerM3 = Double.POSITIVE_INFINITY;
    private int[] bucketOfPoint = new int[0];
    private int[] pointsByBucket = new int[0];
    private int[] touchedBuckets = new int[0];
    private int[] touchedFrom = new int[0];
    private double[] nodeKgPerM3 = new double[0];

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
        this.bucketScratch = new int[(int) buckets];
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
                sigmaM[puffs] = sigma;
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
        System.arraycopy(rowStart, 0, bucketScratch, 0, bucketScratch.length);
        for (int p = 0; p < puffs; p++) {
            forEachBucket(p, bucketScratch);
        }
        Arrays.fill(bucketScratch, 0);
    }

    /**
     * Writes into {@code outKgPerM3[k]} the present ground concentration (kg/m³) at ({@code xsM[k]},
     * {@code ysM[k]}), for k &lt; {@code count}: summed directly or interpolated on a lattice, bucket by bucket,
     * whichever is cheaper (see the class comment for the error bound).
     */
    public void sample(float[] xsM, float[] ysM, int count, double[] outKgPerM3) {
        ensurePointCapacity(count);
        int touched = groupByBucket(xsM, ysM, count, outKgPerM3);
        for (int t = 0; t < touched; t++) {
            int bucket = touchedBuckets[t];
            int from = touchedFrom[t];
            int to = bucketScratch[bucket];
            bucketScratch[bucket] = 0;
            if (!interpolated(bucket, from, to, xsM, ysM, outKgPerM3)) {
                int puffFrom = rowStart[bucket];
                int puffTo = rowStart[bucket + 1];
                for (int e = from; e < to; e++) {
                    int k = pointsByBucket[e];
                    outKgPerM3[k] = Math.min(ceilingKgPerM3, sum(xsM[k], ysM[k], puffFrom, puffTo, entries));
                }
            }
        }
    }

    /**
     * Settles the points outside the region (summed over all puffs) and in buckets no puff reaches (0), and lists
     * the others by bucket (a counting sort in point order): bucket {@code touchedBuckets[t]} holds the points
     * {@code pointsByBucket[touchedFrom[t] .. bucketScratch[bucket])}. Returns the number of such buckets.
     */
    private int groupByBucket(float[] xsM, float[] ysM, int count, double[] outKgPerM3) {
        double perBucket = 1 / BUCKET_M;
        int touched = 0;
        for (int k = 0; k < count; k++) {
            double x = xsM[k];
            double y = ysM[k];
            double u = (x - minXM) * perBucket;
            double v = (y - minYM) * perBucket;
            int bucket = -1;
            if (u >= 0 && v >= 0 && u < columns && v < rows) {
                int b = (int) v * columns + (int) u;
                if (rowStart[b] == rowStart[b + 1]) {
                    outKgPerM3[k] = 0;
                } else {
                    bucket = b;
                    if (bucketScratch[b]++ == 0) {
                        touchedBuckets[touched++] = b;
                    }
                }
            } else {
                outKgPerM3[k] = Math.min(ceilingKgPerM3, sum(x, y, 0, puffs, null));
            }
            bucketOfPoint[k] = bucket;
        }
        int start = 0;
        for (int t = 0; t < touched; t++) {
            int bucket = touchedBuckets[t];
            touchedFrom[t] = start;
            start += bucketScratch[bucket];
            bucketScratch[bucket] = touchedFrom[t];
        }
        for (int k = 0; k < count; k++) {
            int bucket = bucketOfPoint[k];
            if (bucket >= 0) {
                pointsByBucket[bucketScratch[bucket]++] = k;
            }
        }
        return touched;
    }

    /**
     * Evaluates the bucket's puffs on its lattice (nodes {@code h} apart from the bucket's corner, only over the
     * cells its points occupy) and interpolates them bilinearly at the points
     * {@code pointsByBucket[from..to)}, if that costs fewer puff evaluations than summing at each point.
     *
     * @return whether the points were interpolated; if not, nothing was written
     */
    private boolean interpolated(int bucket, int from, int to, float[] xsM, float[] ysM, double[] outKgPerM3) {
        int puffFrom = rowStart[bucket];
        int puffTo = rowStart[bucket + 1];
        long listed = puffTo - puffFrom;
        long points = to - from;
        if (points * listed <= points + 4 * listed) {
            return false; // not even the smallest lattice (one cell) would pay
        }
        double sigmaMinM = Double.POSITIVE_INFINITY;
        for (int e = puffFrom; e < puffTo; e++) {
            sigmaMinM = Math.min(sigmaMinM, sigmaM[entries[e]]);
        }
        double cellsPerSide = Math.ceil(BUCKET_M * NODES_PER_SIGMA / sigmaMinM);
        if (cellsPerSide * cellsPerSide > points * listed) {
            return false; // the lattice would be finer than the points, however they are spread
        }
        int perSide = (int) cellsPerSide;
        double spacingM = BUCKET_M / perSide;
        double cornerXM = minXM + (bucket % columns) * BUCKET_M;
        double cornerYM = minYM + (bucket / columns) * BUCKET_M;
        float westM = Float.POSITIVE_INFINITY;
        float eastM = Float.NEGATIVE_INFINITY;
        float southM = Float.POSITIVE_INFINITY;
        float northM = Float.NEGATIVE_INFINITY;
        for (int e = from; e < to; e++) {
            int k = pointsByBucket[e];
            westM = Math.min(westM, xsM[k]);
            eastM = Math.max(eastM, xsM[k]);
            southM = Math.min(southM, ysM[k]);
            northM = Math.max(northM, ysM[k]);
        }
        double cellsPerM = perSide / BUCKET_M;
        int i0 = latticeCell((westM - cornerXM) * cellsPerM, perSide);
        int i1 = latticeCell((eastM - cornerXM) * cellsPerM, perSide) + 1;
        int j0 = latticeCell((southM - cornerYM) * cellsPerM, perSide);
        int j1 = latticeCell((northM - cornerYM) * cellsPerM, perSide) + 1;
        int across = i1 - i0 + 1;
        long nodes = (long) across * (j1 - j0 + 1);
        if (nodes * listed + points >= points * listed) {
            return false;
        }
        if (nodeKgPerM3.length < nodes) {
            nodeKgPerM3 = new double[(int) Math.max(nodes, 2L * nodeKgPerM3.length)];
        }
        for (int j = j0; j <= j1; j++) {
            double y = cornerYM + j * spacingM;
            for (int i = i0; i <= i1; i++) {
                nodeKgPerM3[(j - j0) * across + (i - i0)] = sum(cornerXM + i * spacingM, y, puffFrom, puffTo, entries);
            }
        }
        for (int e = from; e < to; e++) {
            int k = pointsByBucket[e];
            double u = (xsM[k] - cornerXM) * cellsPerM;
            double v = (ysM[k] - cornerYM) * cellsPerM;
            int i = latticeCell(u, perSide);
            int j = latticeCell(v, perSide);
            double s = Math.max(0, Math.min(1, u - i));
            double t = Math.max(0, Math.min(1, v - j));
            int node = (j - j0) * across + (i - i0);
            double south = nodeKgPerM3[node] + s * (nodeKgPerM3[node + 1] - nodeKgPerM3[node]);
            double north = nodeKgPerM3[node + across] + s * (nodeKgPerM3[node + across + 1] - nodeKgPerM3[node + across]);
            outKgPerM3[k] = Math.min(ceilingKgPerM3, south + t * (north - south));
        }
        return true;
    }

    /** The lattice cell (0 .. perSide − 1) of a lattice coordinate; a point rounded onto the bucket's far edge stays inside. */
    private static int latticeCell(double coordinate, int perSide) {
        return Math.max(0, Math.min(perSide - 1, (int) Math.floor(coordinate)));
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
            sigmaM = Arrays.copyOf(sigmaM, capacity);
        }
    }

    private void ensurePointCapacity(int count) {
        if (bucketOfPoint.length < count) {
            int capacity = Math.max(count, 2 * bucketOfPoint.length);
            bucketOfPoint = new int[capacity];
            pointsByBucket = new int[capacity];
            touchedBuckets = new int[capacity];
            touchedFrom = new int[capacity];
        }
    }
}
