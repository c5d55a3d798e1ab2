package org.cbrnsim.hazard.substance;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Test helper: the temperature at which a vapour-pressure set gives one standard atmosphere. */
final class ImpliedBoilingPoint {

    private static final double ATMOSPHERE_PA = 101_325.0;
    private static final double SEARCH_HALF_WIDTH_K = 30.0;

    private ImpliedBoilingPoint() {
    }

    /** Solves P(T) = 101 325 Pa near {@code guessK} (the equation is evaluated outside its range if need be). */
    static double of(Correlation vapourPressure, double guessK) {
        return new BrentSolver(1e-9, 1e-7).solve(200, t -> vapourPressure.extrapolatedAt(t) - ATMOSPHERE_PA,
                guessK - SEARCH_HALF_WIDTH_K, guessK + SEARCH_HALF_WIDTH_K);
    }

    /** The implied boiling point of the substance's first (preferred) vapour-pressure set. */
    static double ofPreferredSet(SubstanceEntry entry) {
        Correlation preferred = entry.property(SubstanceProperty.VAPOUR_PRESSURE).sets().get(0);
        return of(preferred, entry.substance().normalBoilingPointK());
    }
}
