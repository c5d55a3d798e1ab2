package org.cbrnsim.hazard.source;

/**
 * The opening a flashing release escapes through.
 *
 * @param diameterM            diameter of the hole or pipe (m, &gt; 0); for another shape, the diameter
 *                             of a circle of the same area
 * @param dischargeCoefficient C<sub>d</sub> (0 &lt; C<sub>d</sub> ≤ 1)
 * @param pipeLengthM          length of pipe between the liquid and the exit (m, ≥ 0); 0 for a hole in
 *                             the tank wall
 */
public record Breach(double diameterM, double dischargeCoefficient, double pipeLengthM) {

    public Breach {
        Require.positive("hole diameter", diameterM, "m");
        Require.nonNegative("pipe length", pipeLengthM, "m");
    }

    /** A sharp-edged hole in the tank wall, with ALOHA's C<sub>d</sub> = 0.61. */
    public static Breach hole(double diameterM) {
        return new Breach(diameterM, TwoPhaseDischarge.SHARP_EDGED_HOLE_DISCHARGE_COEFFICIENT, 0);
    }

    /** A sharp-edged hole in the tank wall of the given area (m²), with ALOHA's C<sub>d</sub> = 0.61. */
    public static Breach holeOfArea(double areaM2) {
        return hole(Math.sqrt(4 * Require.positive("hole area", areaM2, "m2") / Math.PI));
    }

    /** Area of the opening (m²). */
    public double areaM2() {
        return Math.PI * diameterM * diameterM / 4;
    }
}
