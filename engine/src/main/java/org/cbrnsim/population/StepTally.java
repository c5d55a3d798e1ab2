package org.cbrnsim.population;

/** Counts per key (a place) within one step, reported in key order and reset: the per-step totals of events. */
final class StepTally {

    /** Receives one non-zero total. */
    @FunctionalInterface
    interface Sink {
        void total(int key, int count);
    }

    private final int[] counts;
    private boolean any;

    StepTally(int keys) {
        counts = new int[keys];
    }

    /** Adds one to key {@code key}. */
    void add(int key) {
        counts[key]++;
        any = true;
    }

    /** Reports every non-zero count in key order, then resets all to zero. */
    void flush(Sink sink) {
        if (!any) {
            return;
        }
        for (int key = 0; key < counts.length; key++) {
            if (counts[key] != 0) {
                sink.total(key, counts[key]);
                counts[key] = 0;
            }
        }
        any = false;
    }
}
