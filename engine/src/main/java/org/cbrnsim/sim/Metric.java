package org.cbrnsim.sim;

import java.io.Serializable;

/** A named quantity sampled into the time series after the RECORD phase of every step. */
@FunctionalInterface
public interface Metric extends Serializable {

    /** The current value (units in the metric's name, e.g. "dead", "warned_fraction", "released_kg"). */
    double value();
}
