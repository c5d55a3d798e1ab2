package org.cbrnsim.hazard.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.cbrnsim.hazard.atmosphere.Atmosphere;
import org.cbrnsim.hazard.atmosphere.StabilityClass;
import org.cbrnsim.hazard.dispersion.GaussianPlume;
import org.cbrnsim.hazard.dispersion.SigmaSets;
import org.cbrnsim.hazard.source.ContinuousRelease;
import org.junit.jupiter.api.Test;

/** The cloud evaluated at people's own positions: the same field as the puff sum and the raster, at the point. */
class PointConcentrationsTest {

    private static final double CHLORINE_KG_PER_MOL = 0.070906;
    private static final double AMMONIA_KG_PER_MOL = 0.017031;
    /** 0.5 ppm of chlorine at 25 °C (kg/m³): the lowest level of concern, sets the cut-off floor. */
    private static final double LEVEL_KG_PER_M3 = 1.45e-6;

    /** 1 kg/s for 40 min, the wind veering from west to south-west after 20 min: a bent, overlapping puff stream. */
    private static HazardField bentPlume(StabilityClass stability) {
        PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(1, 2400, CHLORINE_KG_PER_MOL),
                0, 0, 1, 0);
        HazardField field = new HazardField(List.of(release), new WeatherTimeline(List.of(
                new WeatherState(0, Atmosphere.of(2, stability, 0.03, 288.15), 270),
                new WeatherState(1200, Atmosphere.of(3, stability, 0.03, 288.15), 225))), "aloha");
        for (double t = 0; t < 1800; t += 60) {
            field.advance(t, 60);
        }
        return field;
    }

    /** Σ peak·exp(−r²/2σ²) over every puff, without any cut-off. */
    private static double exactSum(HazardField field, double x, double y) {
        var puffs = field.puffs();
        double sum = 0;
        for (int i = 0; i < puffs.size(); i++) {
            double sigma = puffs.sigmaHorizontalM(i);
            double dx = x - puffs.centreXM(i);
            double dy = y - puffs.centreYM(i);
            sum += puffs.groundPeakKgPerM3(i) * Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
        }
        return sum;
    }

    @Test
    void equalsTheUncutSumOverAllPuffsInsideAndOutsideTheRegion() {
        HazardField field = bentPlume(StabilityClass.F);
        // a region that holds only part of the cloud: points beyond it are summed over every puff
        PointConcentrations points = new PointConcentrations(-500, -1500, 3000, 3000, LEVEL_KG_PER_M3);
        points.update(field);
        Random random = new Random(7);
        int inside = 0;
        for (int k = 0; k < 2000; k++) {
            double x = -200 + 4000 * random.nextDouble();
            double y = -400 + 2400 * random.nextDouble();
            double exact = exactSum(field, (float) x, (float) y);
            double here = points.atKgPerM3((float) x, (float) y);
            // each puff's neglected tail is below the floor, 1e-4 of the level
            assertTrue(here <= exact * (1 + 1e-12), "never more than the uncut sum");
            assertEquals(exact, here, field.puffCount() * 1e-4 * LEVEL_KG_PER_M3, "at (" + x + ", " + y + ")");
            inside += here > LEVEL_KG_PER_M3 ? 1 : 0;
        }
        assertTrue(inside > 100, "the test points sample the cloud: " + inside);
    }

    /**
     * The documented bound on the error at a point: per puff (h/σ)²/8·peak·max(2, ρ²)·e<sup>−ρ²/2</sup> with
     * h/σ ≤ 1/5, at the point's lattice cell nearest the puff's centre (ρ = r/σ less the cell's diagonal,
     * √2/5), which is 1 % of the peak at the centre; plus each puff's cut-off tail, once for the sum and once for
     * the jump it leaves in the interpolated field.
     */
    private static double documentedToleranceKgPerM3(HazardField field, double x, double y) {
        var puffs = field.puffs();
        double bound = 0;
        for (int i = 0; i < puffs.size(); i++) {
            double sigma = puffs.sigmaHorizontalM(i);
            double rho = Math.max(0, Math.hypot(x - puffs.centreXM(i), y - puffs.centreYM(i)) / sigma - Math.sqrt(2) / 5);
            bound += puffs.groundPeakKgPerM3(i) / (8 * 25) * Math.max(2, rho * rho) * Math.exp(-rho * rho / 2);
        }
        return bound + 2 * puffs.size() * PuffReach.floorKgPerM3(LEVEL_KG_PER_M3);
    }

    /** {@code count} points spread at random over a square of side {@code sideM} centred on (x, y), as floats. */
    private static float[][] crowd(long seed, int count, double x, double y, double sideM) {
        Random random = new Random(seed);
        float[][] xy = new float[2][count];
        for (int k = 0; k < count; k++) {
            xy[0][k] = (float) (x + sideM * (random.nextDouble() - 0.5));
            xy[1][k] = (float) (y + sideM * (random.nextDouble() - 0.5));
        }
        return xy;
    }

    /**
     * A crowd of 40 000 in the bent plume 0.2–1 km downwind, where the puffs are tens of metres wide: the sampler
     * interpolates on its lattice (it differs from the per-point sum somewhere), stays within the documented bound
     * of the exact sum everywhere, and the same holds wherever the region's buckets (and so the lattices) begin.
     */
    @Test
    void aCrowdInAWideCloudIsInterpolatedWithinTheDocumentedBoundWhereverTheBucketsBegin() {
        HazardField field = bentPlume(StabilityClass.D);
        float[][] xy = crowd(11, 40_000, 500, 500, 800);
        double[] out = new double[xy[0].length];
        for (double originShiftM : new double[] {0, 37, 125, 211}) {
            PointConcentrations points = new PointConcentrations(-3000 + originShiftM, -3000 + originShiftM, 8000, 8000,
                    LEVEL_KG_PER_M3);
            points.update(field);
            points.sample(xy[0], xy[1], xy[0].length, out);
            int interpolated = 0;
            int inCloud = 0;
            for (int k = 0; k < out.length; k++) {
                double exact = exactSum(field, xy[0][k], xy[1][k]);
                double bound = documentedToleranceKgPerM3(field, xy[0][k], xy[1][k]);
                assertEquals(exact, out[k], bound, "at (" + xy[0][k] + ", " + xy[1][k] + "), origin +" + originShiftM);
                interpolated += out[k] != points.atKgPerM3(xy[0][k], xy[1][k]) ? 1 : 0;
                inCloud += exact > LEVEL_KG_PER_M3 ? 1 : 0;
            }
            assertTrue(interpolated > out.length / 2, "interpolated at " + interpolated + " points");
            assertTrue(inCloud > 1000, "the crowd stands in the cloud: " + inCloud);

        }
    }

    /**
     * Thirty people within 60 m of a narrow class-F source, where the puffs are a few metres wide: a lattice
     * h ≤ σ/5 apart over their bucket would cost more than summing at each of them, so each gets exactly the
     * per-point sum, which is the exact sum up to the cut-off tails.
     */
    @Test
    void aFewPeopleNearANarrowSourceGetTheDirectSum() {
        HazardField field = bentPlume(StabilityClass.F);
        float[][] xy = crowd(5, 30, 40, 0, 120);
        double[] out = new double[xy[0].length];
        PointConcentrations points = new PointConcentrations(-3000, -3000, 8000, 8000, LEVEL_KG_PER_M3);
        points.update(field);
        points.sample(xy[0], xy[1], xy[0].length, out);
        int inCloud = 0;
        for (int k = 0; k < out.length; k++) {
            double exact = exactSum(field, xy[0][k], xy[1][k]);
            assertEquals(points.atKgPerM3(xy[0][k], xy[1][k]), out[k], 0, "the per-point sum");
            assertEquals(exact, out[k], field.puffCount() * 1e-4 * LEVEL_KG_PER_M3);
            inCloud += out[k] > LEVEL_KG_PER_M3 ? 1 : 0;
        }
        assertTrue(inCloud > 0, "some stand in the plume");
    }

    @Test
    void equalsTheRasterAtTheRasterCellCentres() {
        HazardField field = bentPlume(StabilityClass.D);
        ConcentrationRaster raster = new ConcentrationRaster(-500, -1500, 5000, 5000, 100, LEVEL_KG_PER_M3);
        PointConcentrations points = new PointConcentrations(-500, -1500, 5000, 5000, LEVEL_KG_PER_M3);
        raster.update(field);
        points.update(field);
        for (double x = -450; x < 4500; x += 100) {
            for (double y = -1450; y < 3500; y += 100) {
                double cell = raster.nowKgPerM3(x, y);
                assertEquals(cell, points.atKgPerM3(x, y), 1e-9 * cell);
            }
        }
    }

    /**
     * A narrow plume (class F, 2 m/s: ALOHA σy ≈ 6 m at 150 m) read at points 150 m downwind: on its axis the
     * steady ALOHA plume's value, 30 m off the axis (5 σy) almost nothing — and the same wherever the source lies
     * relative to any grid.
     */
    @Test
    void aNarrowPlumeIsReadWhereThePointIs() {
        Atmosphere air = Atmosphere.of(2, StabilityClass.F, 0.03, 288.15);
        GaussianPlume plume = new GaussianPlume(1, air.transportWindMps(1), SigmaSets.named("aloha", StabilityClass.F, 0.03));
        double steady = plume.concentrationPerRate(150, 0, 0);
        for (double offset : new double[] {0, 17, 50, 83}) {
            // a passive gas (ammonia's molar mass): 1 kg/s of chlorine in class F starts dense (DenseNearFieldTest)
            PlacedRelease release = new PlacedRelease("tank", new ContinuousRelease(1, 3600, AMMONIA_KG_PER_MOL),
                    offset, offset, 1, 0);
            HazardField field = new HazardField(List.of(release),
                    new WeatherTimeline(List.of(new WeatherState(0, air, 270))), "aloha");
            for (double t = 0; t < 600; t += 60) {
                field.advance(t, 60);
            }
            PointConcentrations points = new PointConcentrations(-1000, -1000, 3000, 3000, LEVEL_KG_PER_M3);
            points.update(field);
            assertEquals(steady, points.atKgPerM3(offset + 150, offset), 0.03 * steady, "source at +" + offset + " m");
            assertTrue(points.atKgPerM3(offset + 150, offset + 30) < 1e-4 * steady, "5 σy off the axis");
        }
    }
}
