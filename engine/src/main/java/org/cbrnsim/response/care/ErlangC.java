package org.cbrnsim.response.care;

/**
 * The M/M/c queue (Poisson arrivals at rate λ, exponential service at rate μ per server, c servers, unlimited
 * waiting room, first come first served): Erlang's delay formula (Erlang 1917; Kleinrock 1975, Queueing Systems
 * vol. 1, §3.5). With offered load a = λ/μ &lt; c, the probability that an arrival waits is
 * <pre>
 *   C(c, a) = (aᶜ/c! · c/(c − a)) / (Σ_{k=0}^{c−1} aᵏ/k! + aᶜ/c! · c/(c − a))
 * </pre>
 * and the mean wait in queue is W_q = C(c, a) / (cμ − λ). C is computed from Erlang's loss formula B by the
 * recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)), then C = c·B / (c − a(1 − B)) (Cooper 1981, Introduction
 * to Queueing Theory, 2nd ed., ch. 3), which needs no factorials and stays accurate for hundreds of servers.
 * The decontamination tests check {@link StageLine} against it.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /** C(c, a): probability that an arrival has to wait, for {@code servers} ≥ 1 and 0 ≤ {@code offeredLoad} &lt; servers. */
    public static double probabilityOfWaiting(int servers, double offeredLoad) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1, got " + servers);
        }
        if (!(offeredLoad >= 0 && offeredLoad < servers)) {
            throw new IllegalArgumentException("offered load must be >= 0 and below the " + servers
                    + " servers (else the queue grows without bound), got " + offeredLoad);
        }
        double lossB = 1;
        for (int k = 1; k <= servers; k++) {
            lossB = offeredLoad * lossB / (k + offeredLoad * lossB);
        }
        return servers * lossB / (servers - offeredLoad * (1 - lossB));
    }

    /** W_q = C(c, λ/μ)/(cμ − λ): mean wait before service (s), arrivals at {@code arrivalPerS}, service mean {@code meanServiceS}. */
    public static double meanWaitS(int servers, double arrivalPerS, double meanServiceS) {
        if (!(arrivalPerS >= 0) || !(meanServiceS > 0)) {
            throw new IllegalArgumentException("arrival rate must be >= 0 and mean service time > 0, got "
                    + arrivalPerS + " /s and " + meanServiceS + " s");
        }
        double serviceRatePerS = 1 / meanServiceS;
        double waitProbability = probabilityOfWaiting(servers, arrivalPerS * meanServiceS);
        return waitProbability / (servers * serviceRatePerS - arrivalPerS);
    }
}
