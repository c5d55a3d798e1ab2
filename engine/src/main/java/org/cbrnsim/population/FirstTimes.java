package org.cbrnsim.population;

import java.util.Arrays;

/**
 * Milestones "the first time something happened for key k" (a place, a country × tier): notes
 * candidate times during a pass over the residents, then reports each key's earliest time once,
 * in key order, so the events are aggregate and deterministic.
 */
final class FirstTimes {

    /** Receives one milestone. */
    @FunctionalInterface
    interface Sink {
        void first(int key, double tS);
    }

    private final boolean[] reported;
    private final double[] pendingS;
    private boolean anyPending;

    FirstTimes(int keys) {
        reported = new boolean[keys];
        pendingS = new double[keys];
        Arrays.fill(pendingS, Double.NaN);
    }

    /** Notes that key {@code key} happened at {@code tS}, unless it was reported before. */
    void note(int key, double tS) {
        if (!reported[key] && !(pendingS[key] <= tS)) {
            pendingS[key] = tS;
            anyPending = true;
        }
    }

    /** Reports the pending keys in key order with their earliest time, and forgets them. */
    void flush(Sink sink) {
        if (!anyPending) {
            return;
        }
        for (int key = 0; key < pendingS.length; key++) {
            if (!Double.isNaN(pendingS[key])) {
                reported[key] = true;
                sink.first(key, pendingS[key]);
                pendingS[key] = Double.NaN;
            }
        }
        anyPending = false;
    }
}
