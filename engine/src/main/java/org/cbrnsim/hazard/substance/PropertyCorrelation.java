package org.cbrnsim.hazard.substance;

/**
 * A temperature-dependent physical property of a substance (vapour pressure, liquid density …),
 * evaluated in SI units from a published correlation whose name and source the implementation keeps.
 */
@FunctionalInterface
public interface PropertyCorrelation {

    /** The property at absolute temperature {@code temperatureK}, in SI units. */
    double at(double temperatureK);
}
