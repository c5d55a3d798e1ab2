package org.cbrnsim.population;

/**
 * The way from a home place to an evacuation destination for one travel mode, supplied by the
 * integrator (road network, speeds). It starts at the home place's centre and ends at the
 * destination; the population blends each resident's own home offset in (see {@link Population#move}).
 */
public interface EvacuationRoute {

    /** Travel time from start to destination (s, ≥ 0). */
    double durationS();

    /** Writes the position (local metres) {@code elapsedS} after departure into {@code xyM[0]}, {@code xyM[1]}. */
    void positionAt(double elapsedS, double[] xyM);

    /** Index of the destination place, for the arrival counts. */
    int destinationPlace();
}
