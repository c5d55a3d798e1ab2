package org.cbrnsim.population;

import java.util.Arrays;

/**
 * The square grid on which residents share outdoor concentrations: every resident belongs to the
 * cell containing their current position, and once per step the field is sampled at the centre
 * of every occupied cell only. Residents in one cell share one evaluation of the field; the price is a
 * position error of up to half a cell diagonal. With centimetre cells that error is far below the width
 * of any plume (ALOHA's class-F σy is about 6 m at 150 m from the source), so each resident breathes the
 * air at their own position and the result does not depend on where the grid lines fall; with 100-m cells
 * a narrow plume near its source would either miss a cell or fill it.
 *
 * <p>Cells are numbered deterministically: at start in resident order, later as residents move in; a cell
 * that its last occupant leaves is forgotten and its number reused, so evacuees moving along roads do not
 * pile up cells. The grid counts the residents in each cell as they move, so finding the cells to sample
 * costs a pass over the cells, not over the residents; dead residents and arrived evacuees stay counted
 * where they are (a few samples nobody breathes, at no risk).
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
    private long[] keyOfCell = new long[1024];
    private int cells;
    private int[] freeCells = new int[64];
    private int freeCount;
    private long[] keys = new long[2048];
    private int[] slots = new int[2048];
    private int[] active = new int[1024];
    private int activeCount;

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
            occupants[cell]++;
            cellOfResident[i] = cell;
            if (--occupants[old] == 0) {
                forget(old);
            }
        }
    }

    /** The number of cell numbers in use (occupied or free for reuse); cell numbers are below it. */
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

    /**
     * Samples {@code field} once at the centre of every cell holding a resident, in one call. The call covers
     * every cell number in use, so that the centres are passed as they are stored; the few free numbers
     * waiting for reuse are evaluated too, and their values are never read.
     */
    void sample(ConcentrationAt field) {
        Arrays.fill(outdoorKgPerM3, 0, cells, Double.NaN);
        field.sample(centreXM, centreYM, cells, outdoorKgPerM3);
        if (active.length < cells) {
            active = new int[centreXM.length];
        }
        activeCount = 0;
        for (int cell = 0; cell < cells; cell++) {
            double value = outdoorKgPerM3[cell];
            if (!(value >= 0 && value < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("outdoor concentration must be a finite number >= 0 kg/m³, got "
                        + value + " at (" + centreXM[cell] + ", " + centreYM[cell] + ") m");
            }
            if (occupants[cell] > 0) {
                active[activeCount++] = cell;
            }
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
        int cell = addCell((float) ((cx + 0.5) * cellSizeM), (float) ((cy + 0.5) * cellSizeM), key);
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

    private int addCell(float xM, float yM, long key) {
        if (freeCount > 0) {
            int cell = freeCells[--freeCount];
            centreXM[cell] = xM;
            centreYM[cell] = yM;
            outdoorKgPerM3[cell] = 0;
            keyOfCell[cell] = key;
            return cell;
        }
        if (cells == centreXM.length) {
            int size = 2 * cells;
            centreXM = Arrays.copyOf(centreXM, size);
            centreYM = Arrays.copyOf(centreYM, size);
            outdoorKgPerM3 = Arrays.copyOf(outdoorKgPerM3, size);
            occupants = Arrays.copyOf(occupants, size);
            keyOfCell = Arrays.copyOf(keyOfCell, size);
        }
        centreXM[cells] = xM;
        centreYM[cells] = yM;
        keyOfCell[cells] = key;
        return cells++;
    }

    /** Removes an emptied cell from the hash table (backward-shift deletion of linear probing) and frees its number. */
    private void forget(int cell) {
        int mask = slots.length - 1;
        int hole = slotOf(keyOfCell[cell], mask);
        while (slots[hole] != cell) {
            hole = (hole + 1) & mask;
        }
        slots[hole] = NO_CELL;
        for (int next = (hole + 1) & mask; slots[next] != NO_CELL; next = (next + 1) & mask) {
            int home = slotOf(keys[next], mask);
            boolean reachable = hole <= next ? hole < home && home <= next : hole < home || home <= next;
            if (!reachable) {
                keys[hole] = keys[next];
                slots[hole] = slots[next];
                slots[next] = NO_CELL;
                hole = next;
            }
        }
        outdoorKgPerM3[cell] = 0;
        if (freeCount == freeCells.length) {
            freeCells = Arrays.copyOf(freeCells, 2 * freeCount);
        }
        freeCells[freeCount++] = cell;
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
