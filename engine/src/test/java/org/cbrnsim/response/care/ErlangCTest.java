package org.cbrnsim.response.care;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.cbrnsim.sim.EventScheduler;
import org.junit.jupiter.api.Test;

class ErlangCTest {

    /**
     * Hillier and Lieberman, Introduction to Operations Research (County Hospital emergency room, M/M/s with
     * λ = 2 patients/h and μ = 3 patients/h): one doctor, W_q = 2/3 h; two doctors, W_q = 1/24 h.
     */
    @Test
    void reproducesTheCountyHospitalEmergencyRoom() {
        double perHour = 1.0 / 3600;
        assertEquals(2.0 / 3 * 3600, ErlangC.meanWaitS(1, 2 * perHour, 1200), 1e-9);
        assertEquals(3600.0 / 24, ErlangC.meanWaitS(2, 2 * perHour, 1200), 1e-9);
    }

    /**
     * The standard call-centre example (360 calls per half hour, 240 s each, 55 agents: 48 erlangs):
     * probability of waiting 0.2387, mean wait (average speed of answer) 8.18 s.
     */
    @Test
    void reproducesTheCallCentreExample() {
        double arrivalPerS = 360.0 / 1800;
        assertEquals(0.2387, ErlangC.probabilityOfWaiting(55, arrivalPerS * 240), 5e-5);
        assertEquals(8.18, ErlangC.meanWaitS(55, arrivalPerS, 240), 5e-3);
    }

    @Test
    void oneServerWaitsWithTheProbabilityOfItsLoad() {
        assertEquals(0.7, ErlangC.probabilityOfWaiting(1, 0.7), 1e-12);
        assertEquals(1.0 / 3, ErlangC.probabilityOfWaiting(2, 1), 1e-12, "(1/2·2)/(1 + 1 + 1)");
    }

    @Test
    void anOverloadedQueueHasNoSteadyWait() {
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(3, 3));
        assertThrows(IllegalArgumentException.class, () -> ErlangC.probabilityOfWaiting(0, 0.5));
    }

    /**
     * Poisson arrivals into one stage of three stations with exponential service (mean 60 s, load 0.8):
     * the line's mean wait over 400 000 customers (20 batches of 20 000 after 5 000 to warm up) has a 99 %
     * batch-means interval that holds Erlang C's W_q.
     */
    @Test
    void aSingleStageLineWithPoissonArrivalsAndExponentialServiceWaitsAsErlangCSays() {
        int servers = 3;
        double meanServiceS = 60;
        double arrivalPerS = 0.8 * servers / meanServiceS;
        int warmUp = 5_000;
        int batches = 20;
        int perBatch = 20_000;
        int customers = warmUp + batches * perBatch;
        double[] arrivalS = new double[customers];
        double[] serviceS = new double[customers];
        double[] leftS = new double[customers];
        int[] drawn = {0};
        ServiceTime exponential = (meanS, random) -> {
            double s = -meanS * Math.log(1 - random.nextDouble());
            serviceS[drawn[0]++] = s;
            return s;
        };
        CareRun.run(3000 * 3600, sim -> {
            StageLine<Integer> line = new StageLine<>(new int[] {servers}, new double[] {meanServiceS},
                    exponential, new MersenneTwisterFast(11), sim.events(), (who, t) -> leftS[who] = t);
            line.open(0);
            MersenneTwisterFast arrivals = new MersenneTwisterFast(12);
            arriveFrom(0, 0, customers, arrivalPerS, arrivals, line, arrivalS, sim.events());
        });
        // single stage, first come first served: the k-th service drawn is the k-th arrival's.
        List<Double> batchMeans = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            double sum = 0;
            for (int k = warmUp + b * perBatch; k < warmUp + (b + 1) * perBatch; k++) {
                sum += leftS[k] - serviceS[k] - arrivalS[k];
            }
            batchMeans.add(sum / perBatch);
        }
        double mean = batchMeans.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance = batchMeans.stream().mapToDouble(m -> (m - mean) * (m - mean)).sum() / (batches - 1);
        double halfWidth = new TDistribution(batches - 1).inverseCumulativeProbability(0.995)
                * Math.sqrt(variance / batches);
        double erlang = ErlangC.meanWaitS(servers, arrivalPerS, meanServiceS);
        assertEquals(64.72, erlang, 0.01, "C(3, 2.4) = 0.6472, W_q = 0.6472/(3/60 − 0.04) s");
        assertTrue(Math.abs(mean - erlang) <= halfWidth, "simulated W_q " + mean + " ± " + halfWidth
                + " s against Erlang C " + erlang + " s");
        assertTrue(halfWidth < 0.1 * erlang, "interval narrow enough to mean something: ±" + halfWidth + " s");
    }

    private static void arriveFrom(int next, double tS, int customers, double arrivalPerS,
                                   MersenneTwisterFast random, StageLine<Integer> line, double[] arrivalS,
                                   EventScheduler events) {
        arrivalS[next] = tS;
        line.arrive(next, tS);
        if (next + 1 < customers) {
            double gapS = -Math.log(1 - random.nextDouble()) / arrivalPerS;
            events.at(tS + gapS, t -> arriveFrom(next + 1, t, customers, arrivalPerS, random, line, arrivalS,
                    events));
        }
    }
}
