package org.cbrnsim.hazard.dispersion;

/** Along-wind standard deviation σx of a cloud as a function of downwind distance, for one set of conditions. */
public interface AlongWindSpread {

    /** Along-wind standard deviation σx in metres at downwind distance {@code xM} &gt; 0. */
    double sigmaXM(double xM);

    /** Short human-readable name of the parameterisation. */
    String name();
}
