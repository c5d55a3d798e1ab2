package org.cbrnsim.hazard.dispersion;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Pasquill–Gifford curves (Turner 1970, AP-26, Figs 3-2 and 3-3) in the analytic form of the EPA
 * ISC3 model (User's Guide for the Industrial Source Complex (ISC3) Dispersion Models, Vol. II,
 * EPA-454/B-95-003b, 1995, rural dispersion parameters), with x in kilometres:
 * <ul>
 *   <li>σy = 465.11628·x·tan θ, θ = 0.017453293·(c − d·ln x) (θ in radians);</li>
 *   <li>σz = a·x<sup>b</sup> with (a, b) piecewise in x, capped at 5000 m.</li>
 * </ul>
 * Coefficients as transcribed in the reference notes (dispersion.md §2.3). At a range boundary the
 * lower range applies (x ≤ upper bound). The 5000 m cap is ISC3's for classes A–C; it is applied to
 * every class because D–F never reach it. Check value: class D, 0.5 km → σy 36.15 m, σz 18.30 m.
 *
 * @param stability the Pasquill stability class
 */
public record PasquillGiffordSpread(StabilityClass stability) implements PlumeSpread {

    /** Largest σz (m) of the ISC3 rural curves. */
    public static final double MAX_SIGMA_Z_M = 5000;

    private static final double METRES_PER_KM = 1000;
    private static final double SIGMA_Y_FACTOR = 465.11628;
    private static final double RADIANS_PER_DEGREE = 0.017453293;

    /** One σz range: applies for x ≤ {@code upperKm}. */
    private record SigmaZRange(double upperKm, PowerLaw sigmaZ) {
    }

    /** σy angle coefficients c, d (degrees), classes A–F. */
    private static final double[][] SIGMA_Y_CD = {
        {24.1670, 2.5334}, {18.3330, 1.8096}, {12.5000, 1.0857},
        {8.3330, 0.72382}, {6.2500, 0.54287}, {4.1667, 0.36191}};

    /** σz ranges, classes A–F; each row is {upper bound km, a, b}, the last range is open. */
    private static final double[][][] SIGMA_Z_ROWS = {
        {{0.10, 122.800, 0.94470}, {0.15, 158.080, 1.05420}, {0.20, 170.220, 1.09320}, {0.25, 179.520, 1.12620},
            {0.30, 217.410, 1.26440}, {0.40, 258.890, 1.40940}, {0.50, 346.750, 1.72830}, {Double.POSITIVE_INFINITY, 453.850, 2.11660}},
        {{0.20, 90.673, 0.93198}, {0.40, 98.483, 0.98332}, {Double.POSITIVE_INFINITY, 109.300, 1.09710}},
        {{Double.POSITIVE_INFINITY, 61.141, 0.91465}},
        {{0.30, 34.459, 0.86974}, {1.00, 32.093, 0.81066}, {3.00, 32.093, 0.64403}, {10.00, 33.504, 0.60486},
            {30.00, 36.650, 0.56589}, {Double.POSITIVE_INFINITY, 44.053, 0.51179}},
        {{0.10, 24.260, 0.83660}, {0.30, 23.331, 0.81956}, {1.00, 21.628, 0.75660}, {2.00, 21.628, 0.63077},
            {4.00, 22.534, 0.57154}, {10.00, 24.703, 0.50527}, {20.00, 26.970, 0.46713}, {40.00, 35.420, 0.37615},
            {Double.POSITIVE_INFINITY, 47.618, 0.29592}},
        {{0.20, 15.209, 0.81558}, {0.70, 14.457, 0.78407}, {1.00, 13.953, 0.68465}, {2.00, 13.953, 0.63227},
            {3.00, 14.823, 0.54503}, {7.00, 16.187, 0.46490}, {15.00, 17.836, 0.41507}, {30.00, 22.651, 0.32681},
            {60.00, 27.074, 0.27436}, {Double.POSITIVE_INFINITY, 34.219, 0.21716}}};

    /** The σz ranges of each class A–F, built once from {@link #SIGMA_Z_ROWS}. */
    private static final List<List<SigmaZRange>> SIGMA_Z_RANGES = Arrays.stream(SIGMA_Z_ROWS)
            .map(rows -> Arrays.stream(rows).map(row -> new SigmaZRange(row[0], new PowerLaw(row[1], row[2]))).toList())
            .toList();

    public PasquillGiffordSpread {
        Objects.requireNonNull(stability, "stability class");
    }

    @Override
    public double sigmaYM(double xM) {
        double xKm = DownwindDistance.require(xM) / METRES_PER_KM;
        double[] cd = SIGMA_Y_CD[stability.ordinal()];
        double thetaRad = RADIANS_PER_DEGREE * (cd[0] - cd[1] * Math.log(xKm));
        return SIGMA_Y_FACTOR * xKm * Math.tan(thetaRad);
    }

    @Override
    public double sigmaZM(double xM) {
        double xKm = DownwindDistance.require(xM) / METRES_PER_KM;
        for (SigmaZRange range : SIGMA_Z_RANGES.get(stability.ordinal())) {
            if (xKm <= range.upperKm()) {
                return Math.min(range.sigmaZ().at(xKm), MAX_SIGMA_Z_M);
            }
        }
        throw new IllegalStateException("the last σz range is open-ended");
    }

    @Override
    public String name() {
        return "Pasquill-Gifford (Turner 1970, ISC3 fits), class " + stability;
    }
}
