package org.cbrnsim.hazard.dispersion;

/**
 * Crosswind and vertical spread of a plume as functions of downwind distance, for one set of
 * atmospheric conditions. Implementations name the parameterisation (Briggs 1973, Pasquill–Gifford
 * ISC3 fits, similarity theory …) in {@link #name()} so that outputs can state which one was used.
 */
public interface PlumeSpread {

    /** Horizontal (crosswind) standard deviation σy in metres at downwind distance {@code xM} > 0. */
    double sigmaYM(double xM);

    /** Vertical standard deviation σz in metres at downwind distance {@code xM} > 0. */
    double sigmaZM(double xM);

    /** Short human-readable name of the parameterisation, e.g. "Briggs open-country (ALOHA Table 13)". */
    String name();
}
