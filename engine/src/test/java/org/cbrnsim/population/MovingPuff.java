package org.cbrnsim.population;

/**
 * A synthetic outdoor field for tests: a Gaussian blob of peak {@code peakKgPerM3} and spread
 * {@code sigmaM} moving east at {@code speedMPerS} from ({@code x0M}, {@code y0M}) at T0.
 */
final class MovingPuff implements ConcentrationAt {

    private final double peakKgPerM3;
    private final double sigmaM;
    private final double speedMPerS;
    private final double x0M;
    private final double y0M;
    private double tS;

    MovingPuff(double peakKgPerM3, double sigmaM, double speedMPerS, double x0M, double y0M) {
        this.peakKgPerM3 = peakKgPerM3;
        this.sigmaM = sigmaM;
        this.speedMPerS = speedMPerS;
        this.x0M = x0M;
        this.y0M = y0M;
    }

    MovingPuff at(double timeS) {
        this.tS = timeS;
        return this;
    }

    @Override
    public void sample(float[] xsM, float[] ysM, int count, double[] outKgPerM3) {
        double cx = x0M + speedMPerS * tS;
        double cut = 6 * sigmaM;
        for (int k = 0; k < count; k++) {
            double dx = xsM[k] - cx;
            double dy = ysM[k] - y0M;
            outKgPerM3[k] = Math.abs(dx) > cut || Math.abs(dy) > cut ? 0.0
                    : peakKgPerM3 * Math.exp(-(dx * dx + dy * dy) / (2 * sigmaM * sigmaM));
        }
    }
}
