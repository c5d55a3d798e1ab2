package org.cbrnsim.population;

import java.util.Arrays;

/**
 * The evacuees who set out within one step, per home place: how many, and when the first of them left.
 * Reported in place order and reset, so the departure events are aggregate and deterministic.
 */
final class DepartureBatches {

    /** Receives one place's batch. */
    @FunctionalInterface
    interface Sink {
        void batch(int place, double firstS, int agents);
    }

    private final int[] agents;
    private final double[] firstS;
    private boolean any;

    DepartureBatches(int places) {
        agents = new int[places];
        firstS = new double[places];
        Arrays.fill(firstS, Double.POSITIVE_INFINITY);
    }

    /** Notes one evacuee of {@code place} leaving at {@code tS}. */
    void add(int place, double tS) {
        agents[place]++;
        firstS[place] = Math.min(firstS[place], tS);
        any = true;
    }

    /** Reports every place with departures in place order, then forgets them. */
    void flush(Sink sink) {
        if (!any) {
            return;
        }
        for (int place = 0; place < agents.length; place++) {
            if (agents[place] != 0) {
                sink.batch(place, firstS[place], agents[place]);
                agents[place] = 0;
                firstS[place] = Double.POSITIVE_INFINITY;
            }
        }
        any = false;
    }
}
