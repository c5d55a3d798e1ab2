package org.cbrnsim.response.care;

import ec.util.MersenneTwisterFast;

/**
 * Lognormal service times with a given mean and coefficient of variation (CV = standard deviation / mean):
 * X = exp(μ + σZ), Z standard normal, σ² = ln(1 + CV²), μ = ln(mean) − σ²/2, so that E[X] = exp(μ + σ²/2) = mean
 * and Var[X] = (exp(σ²) − 1)·exp(2μ + σ²) = (CV·mean)² (Johnson, Kotz and Balakrishnan 1994, Continuous
 * Univariate Distributions vol. 1, 2nd ed., ch. 14 §3). CV 0 gives the mean itself and draws nothing.
 * Exercise-and-response.md §4.2 suggests lognormal or Weibull stage times for decontamination [A].
 */
public final class LognormalServiceTime implements ServiceTime {

    private final double sigma;
    private final double halfVariance;

    /** @param cv coefficient of variation, ≥ 0 */
    public LognormalServiceTime(double cv) {
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("coefficient of variation must be a finite value >= 0, got " + cv);
        }
        double variance = Math.log1p(cv * cv);
        this.sigma = Math.sqrt(variance);
        this.halfVariance = variance / 2;
    }

    @Override
    public double drawS(double meanS, MersenneTwisterFast random) {
        if (sigma == 0) {
            return meanS;
        }
        return meanS * Math.exp(sigma * random.nextGaussian() - halfVariance);
    }
}
