package org.cbrnsim.population;

import java.util.Arrays;

/**
 * The square grid on which residents share outdoor concentrations: every resident belongs to the
 * cell containing their current position, and once per step the field is sampled at the centre
 * of every occupied cell only. With 100-m cells a town of 30 000 residents on a 2-km disc occupies
 * about 1 300 cells, so a million residents need tens of thousands of field evaluations per step
 * instead of a million. The price is a position error of up to half a cell diagonal (71 m for
 * 100-m cells): small against a plume several hundred metres wide, but not against a stable plume
 * close to its source (Pasquill–Gifford σy is about 35 m at 1 km in class F), where smaller cells
 * are needed; a cell size of a metre or so gives practically one sample per resident.
 *
 * <p>Cells are numbered in the order they are first occupied (resident order), so the sampling
 * order is deterministic. The grid counts the residents in each cell as they move, so finding the
 * cells to sample costs a pass over the cells, not over the residents; dead residents and arrived
 * evacuees stay counted where they are (a few samples nobody breathes, at no risk).
 */
public final class OutdoorGrid {

    private static final int NO_CELL = -1;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final double cellSizeM;
    private final int[] cellOfResident;
    private float[] centreXM = new float[1024];
    private float[] centreYM = new float[1024];
    private double[] outdoorKgPerM3 = new double[1024];
    private int[] occupants = new int[1024];
    private int cells;
    private long[] keys = new long[2048];
    private int[] slots = new int[2048];
    private int[] active = new int[1024];
    private int activeCount;
    private float[] sampleX = new float[0];
    private float[] sampleY = new float[0];
    private double[] sampleOut = new double[0];

    /** A grid of {@code cellSizeM} squares for {@code residents}, each assigned to the cell of their position. */
    public OutdoorGrid(double cellSizeM, Residents residents) {
        if (!(cellSizeM > 0 && Double.isFinite(cellSizeM))) {
            throw new IllegalArgumentException("grid cell size must be > 0 m, got " + cellSizeM);
        }
        this.cellSizeM = cellSizeM;
        Arrays.fill(slots, NO_CELL);
        cellOfResident = new int[residents.count()];
        for (int i = 0; i < residents.count(); i++) {
            int cell = cellAt(residents.xM[i], residents.yM[i]);
            cellOfResident[i] = cell;
            occupants[cell]++;
        }
    }

    /** Puts resident {@code i} in the cell containing ({@code xM}, {@code yM}). */
    void moveTo(int i, float xM, float yM) {
        int cell = cellAt(xM, yM);
        int old = cellOfResident[i];
        if (cell != old) {
            occupants[old]--;
            occupants[cell]++;
            cellOfResident[i] = cell;
        }
    }

    /** The number of cells ever occupied. */
    public int cellCount() {
        return cells;
    }

    /** The number of cells sampled in the last {@link #sample} call. */
    public int sampledCellCount() {
        return activeCount;
    }

    /** The outdoor concentration (kg/m³) last sampled at resident {@code i}'s cell; 0 before any sample. */
    public double outdoorKgPerM3(int i) {
        return outdoorKgPerM3[cellOfResident[i]];
    }

    /** The cell of resident {@code i}. */
    int cellOf(int i) {
        return cellOfResident[i];
    }

    /** The outdoor concentration last sampled in cell {@code cell}. */
    double cellKgPerM3(int cell) {
        return outdoorKgPerM3[cell];
    }

    /** The number of cells sampled in the last step; {@link #activeCell} lists them. */
    int activeCount() {
        return activeCount;
    }

    /** The {@code k}-th cell sampled in the last step. */
    int activeCell(int k) {
        return active[k];
    }

    /** Samples {@code field} once at the centre of every cell holding a resident, in one call. */
    void sample(ConcentrationAt field) {
        activeCount = 0;
        for (int cell = 0; cell < cells; cell++) {
            if (occupants[cell] > 0) {
                if (activeCount == active.length) {
                    active = Arrays.copyOf(active, 2 * activeCount);
                }
                active[activeCount++] = cell;
            }
        }
        if (sampleX.length < activeCount) {
            sampleX = new float[active.length];
            sampleY = new float[active.length];
            sampleOut = new double[active.length];
        }
        for (int k = 0; k < activeCount; k++) {
            sampleX[k] = centreXM[active[k]];
            sampleY[k] = centreYM[active[k]];
            sampleOut[k] = Double.NaN;
        }
        field.sample(sampleX, sampleY, activeCount, sampleOut);
        for (int k = 0; k < activeCount; k++) {
            double value = sampleOut[k];
            if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("outdoor concentration must be a finite number >= 0 kg/m³, got "
                        + value + " at (" + sampleX[k] + ", " + sampleY[k] + ") m");
            }
            outdoorKgPerM3[active[k]] = value;
        }
    }

    private int cellAt(float xM, float yM) {
        long cx = (long) Math.floor(xM / cellSizeM);
        long cy = (long) Math.floor(yM / cellSizeM);
        long key = (cx << 32) ^ (cy & 0xFFFF_FFFFL);
        int mask = slots.length - 1;
        int slot = slotOf(key, mask);
        while (slots[slot] != NO_CELL) {
            if (keys[slot] == key) {
                return slots[slot];
            }
            slot = (slot + 1) & mask;
        }
        int cell = addCell((float) ((cx + 0.5) * cellSizeM), (float) ((cy + 0.5) * cellSizeM));
        keys[slot] = key;
        slots[slot] = cell;
        if (2 * cells > slots.length) {
            rehash();
        }
        return cell;
    }

    private static int slotOf(long key, int mask) {
        return (int) ((key * GOLDEN) >>> 32) & mask;
    }

    private int addCell(float xM, float yM) {
        if (cells == centreXM.length) {
            int size = 2 * cells;
            centreXM = Arrays.copyOf(centreXM, size);
            centreYM = Arrays.copyOf(centreYM, size);
            outdoorKgPerM3 = Arrays.copyOf(outdoorKgPerM3, size);
            occupants = Arrays.copyOf(occupants, size);
        }
        centreXM[cells] = xM;
        centreYM[cells] = yM;
        return cells++;
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new long[2 * oldKeys.length];
        slots = new int[2 * oldSlots.length];
        Arrays.fill(slots, NO_CELL);
        int mask = slots.length - 1;
        for (int s = 0; s < oldSlots.length; s++) {
            if (oldSlots[s] != NO_CELL) {
                int slot = slotOf(oldKeys[s], mask);
                while (slots[slot] != NO_CELL) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[s];
                slots[slot] = oldSlots[s];
            }
        }
    }
}
