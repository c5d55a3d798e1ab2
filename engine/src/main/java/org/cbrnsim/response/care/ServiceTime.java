package org.cbrnsim.response.care;

import ec.util.MersenneTwisterFast;

/** How long one service at a station takes: a draw with the given mean from the caller's random stream. */
@FunctionalInterface
public interface ServiceTime {

    /** One service time (s) with mean {@code meanS}. */
    double drawS(double meanS, MersenneTwisterFast random);
}
