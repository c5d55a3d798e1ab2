package org.cbrnsim.population;

import java.util.Arrays;

/** A growable list of resident indices in the order they were added (e.g. the evacuees en route). */
final class ResidentList {

    private int[] residents = new int[256];
    private int size;

    /** Appends resident {@code i}. */
    void add(int i) {
        if (size == residents.length) {
            residents = Arrays.copyOf(residents, 2 * size);
        }
        residents[size++] = i;
    }

    /** The number of residents listed. */
    int size() {
        return size;
    }

    /** The {@code k}-th resident listed. */
    int get(int k) {
        return residents[k];
    }

    /** Keeps only the first {@code newSize} entries (after the caller has compacted them with {@link #put}). */
    void truncate(int newSize) {
        size = newSize;
    }

    /** Overwrites entry {@code k} with resident {@code i} (k &lt; size). */
    void put(int k, int i) {
        residents[k] = i;
    }
}
