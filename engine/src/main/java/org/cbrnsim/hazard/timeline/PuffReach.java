package org.cbrnsim.hazard.timeline;

/**
 * How far a puff's ground concentration matters: the horizontal radius at which its Gaussian
 * peak·exp(−r²/2σ²) falls to a floor, r = σ·√(2 ln(peak/floor)), and none when the peak is at or
 * below the floor. The floor is {@value #FLOOR_FRACTION} of the lowest level of concern, so a sum
 * over puffs neglects at most that fraction of the level per overlapping puff. The raster of maps and
 * footprints and the direct evaluation at people's positions both cut puffs off by this rule, so they
 * are the same field.
 */
final class PuffReach {

    /** Fraction of the lowest level of concern below which a puff's contribution is neglected. */
    static final double FLOOR_FRACTION = 1e-4;

    private PuffReach() {
    }

    /** The floor (kg/m³) for a lowest level of concern (kg/m³, &gt; 0). */
    static double floorKgPerM3(double lowestLevelKgPerM3) {
        if (!(lowestLevelKgPerM3 > 0) || Double.isInfinite(lowestLevelKgPerM3)) {
            throw new IllegalArgumentException("the lowest level of concern must be a finite value > 0 kg/m³, got "
                    + lowestLevelKgPerM3);
        }
        return FLOOR_FRACTION * lowestLevelKgPerM3;
    }

    /** The radius (m) within which a puff of ground peak {@code peakKgPerM3} and spread σ stays above the floor; 0 if none. */
    static double radiusM(double peakKgPerM3, double sigmaM, double floorKgPerM3) {
        if (!(peakKgPerM3 > floorKgPerM3) || !(sigmaM > 0)) {
            return 0;
        }
        return sigmaM * Math.sqrt(2 * Math.log(peakKgPerM3 / floorKgPerM3));
    }
}
