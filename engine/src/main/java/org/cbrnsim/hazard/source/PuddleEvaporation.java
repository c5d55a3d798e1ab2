package org.cbrnsim.hazard.source;

import java.util.Locale;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.cbrnsim.hazard.substance.PropertyCorrelation;
import org.cbrnsim.hazard.substance.Substance;

/**
 * Evaporation from a puddle of constant area (ALOHA's "puddle" source, dispersion.md §1.9), in one of
 * two regimes chosen by the liquid temperature:
 * <ul>
 *   <li><b>non-boiling</b> (vapour pressure below the air pressure): mass transfer into the wind,
 *       {@link BrightonMassTransfer} (Brighton 1985, ALOHA Tech Doc §3.3.1), at the given liquid
 *       temperature, a constant rate until the liquid is gone;</li>
 *   <li><b>boiling</b> (a liquefied gas at or above its boiling point): the pool sits at the boiling
 *       temperature and evaporates as fast as the ground heats it, E(t) = A·k·ΔT/(ΔH<sub>v</sub>·√(π·α·t))
 *       ({@link GroundSubstrate#heatFluxWPerM2}; CCPS 1999 §2.1.3), so the evaporated mass grows as
 *       √t until the liquid is gone.</li>
 * </ul>
 * Simplifications: no spreading (the area is given), no evaporative cooling of a non-boiling pool,
 * and a boiling pool gains heat from the ground only (no solar, long-wave or sensible heat; ground
 * conduction dominates the first minutes of a cold spill). Any superheat of a boiling pool's liquid
 * above its boiling point is taken to have flashed off already and is not counted here.
 */
public final class PuddleEvaporation implements ReleaseSource {

    private static final String MODEL = "puddle evaporation model";
    /** Width (K) of the bracket around Tb searched for the boiling temperature at the air pressure. */
    private static final double BOILING_SEARCH_HALF_WIDTH_K = 60;
    /** Interval over which the singular start of a boiling pool's rate is averaged (s). */
    private static final double BOILING_START_AVERAGE_S = 1;

    private final Substance substance;
    private final double massKg;
    private final double areaM2;
    private final PoolWeather weather;
    private final GroundSubstrate ground;
    private final boolean boiling;
    private final double poolTemperatureK;
    /** Non-boiling: the constant rate (kg/s). Boiling: the coefficient c in m(t) = c·√t (kg/√s). */
    private final double rateCoefficient;
    private final double durationS;

    /**
     * @param substance          the liquid; needs a vapour pressure correlation, and for a boiling pool a
     *                           heat of vaporisation correlation too
     * @param massKg             liquid in the puddle (kg, &gt; 0)
     * @param areaM2             puddle area (m², &gt; 0)
     * @param liquidTemperatureK temperature of the liquid (K); at or above its boiling temperature the
     *                           puddle boils
     * @param weather            weather over the puddle; the ground is at the air temperature
     * @param ground             the ground under the puddle (used by a boiling pool)
     */
    public PuddleEvaporation(Substance substance, double massKg, double areaM2, double liquidTemperatureK,
                             PoolWeather weather, GroundSubstrate ground) {
        this(substance, massKg, areaM2, liquidTemperatureK, weather, ground, false);
    }

    /**
     * A boiling pool of liquid at its boiling temperature, such as the rainout of a flashing jet.
     *
     * @param substance needs vapour pressure and heat of vaporisation correlations
     * @param massKg    liquid in the pool (kg, &gt; 0)
     * @param areaM2    pool area (m², &gt; 0)
     * @param weather   weather over the pool; the ground is at the air temperature
     * @param ground    the ground under the pool
     */
    public static PuddleEvaporation boilingPool(Substance substance, double massKg, double areaM2, PoolWeather weather,
                                                GroundSubstrate ground) {
        return new PuddleEvaporation(substance, massKg, areaM2, substance.normalBoilingPointK(), weather, ground, true);
    }

    private PuddleEvaporation(Substance substance, double massKg, double areaM2, double liquidTemperatureK,
                              PoolWeather weather, GroundSubstrate ground, boolean forceBoiling) {
        this.substance = substance;
        this.massKg = Require.positive("puddle mass", massKg, "kg");
        this.areaM2 = Require.positive("puddle area", areaM2, "m2");
        this.weather = weather;
        this.ground = ground;
        Require.positive("liquid temperature", liquidTemperatureK, "K");
        PropertyCorrelation vapourPressure = Require.property(substance, substance.vapourPressurePa(),
                "vapour pressure", MODEL);
        double vapourPressurePa = vapourPressure.at(liquidTemperatureK);
        this.boiling = forceBoiling || vapourPressurePa >= weather.airPressurePa();
        if (boiling) {
            this.poolTemperatureK = boilingTemperatureK(vapourPressure);
            if (ground == null) {
                throw new IllegalArgumentException("a boiling puddle of " + substance.id() + " needs the ground under it");
            }
            double stepK = weather.airTemperatureK() - poolTemperatureK;
            if (!(stepK > 0)) {
                throw new IllegalArgumentException("a boiling puddle of " + substance.id() + " (boiling at "
                        + poolTemperatureK + " K) needs ground warmer than that, got " + weather.airTemperatureK() + " K");
            }
            double heatOfVaporisation = Require.positive("heat of vaporisation of " + substance.id(),
                    Require.property(substance, substance.heatOfVaporisationJPerKg(), "heat of vaporisation", MODEL)
                            .at(poolTemperatureK), "J/kg");
            this.rateCoefficient = areaM2 * ground.heatConductedJPerM2(stepK, 1) / heatOfVaporisation;
            this.durationS = Math.pow(massKg / rateCoefficient, 2);
        } else {
            this.poolTemperatureK = liquidTemperatureK;
            this.rateCoefficient = areaM2 * BrightonMassTransfer.fluxKgPerM2S(substance.molarMassKgPerMol(),
                    vapourPressurePa, liquidTemperatureK, poolDiameterM(), weather);
            this.durationS = massKg / rateCoefficient;
        }
    }

    /** Whether the puddle boils (liquid at its boiling temperature, heat-limited evaporation). */
    public boolean isBoiling() {
        return boiling;
    }

    /** Temperature of the evaporating liquid (K): the given one, or the boiling temperature. */
    public double poolTemperatureK() {
        return poolTemperatureK;
    }

    /** Diameter of a circle of the puddle's area (m). */
    public double poolDiameterM() {
        return Math.sqrt(4 * areaM2 / Math.PI);
    }

    /**
     * Evaporation rate (kg/s). A boiling pool's rate falls as 1/√t from an infinite start; during its
     * first second the mean over that second is returned instead.
     */
    @Override
    public double rateKgPerS(double tS) {
        if (tS < 0 || tS >= durationS) {
            return 0;
        }
        if (!boiling) {
            return rateCoefficient;
        }
        if (tS < BOILING_START_AVERAGE_S) {
            return releasedMassKg(BOILING_START_AVERAGE_S) / BOILING_START_AVERAGE_S;
        }
        return rateCoefficient / (2 * Math.sqrt(tS));
    }

    @Override
    public double durationS() {
        return durationS;
    }

    @Override
    public double releasedMassKg(double tS) {
        if (tS >= durationS) {
            return massKg;
        }
        double t = Math.max(tS, 0);
        return boiling ? rateCoefficient * Math.sqrt(t) : rateCoefficient * t;
    }

    @Override
    public InitialCloud initialCloud(double airTemperatureK, double airPressurePa) {
        return InitialCloud.pureVapourOverArea(substance.molarMassKgPerMol(), poolTemperatureK, airPressurePa,
                poolDiameterM());
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "%s puddle of %s, %.4g kg over %.4g m2 at %.1f K%s, evaporated in %.4g s",
                boiling ? "boiling" : "evaporating", substance.id(), massKg, areaM2, poolTemperatureK,
                boiling ? " on " + ground.name() : "", durationS);
    }

    /** The temperature at which the vapour pressure equals the air pressure (K). */
    private double boilingTemperatureK(PropertyCorrelation vapourPressure) {
        double tb = substance.normalBoilingPointK();
        double airPressurePa = weather.airPressurePa();
        double lowK = tb - BOILING_SEARCH_HALF_WIDTH_K;
        double highK = tb + BOILING_SEARCH_HALF_WIDTH_K;
        if (!(vapourPressure.at(lowK) < airPressurePa && vapourPressure.at(highK) > airPressurePa)) {
            throw new IllegalArgumentException("cannot find the boiling temperature of " + substance.id() + " at "
                    + airPressurePa + " Pa within " + BOILING_SEARCH_HALF_WIDTH_K + " K of its normal boiling point");
        }
        return new BrentSolver(1e-9).solve(200, t -> vapourPressure.at(t) - airPressurePa, lowK, highK);
    }
}
