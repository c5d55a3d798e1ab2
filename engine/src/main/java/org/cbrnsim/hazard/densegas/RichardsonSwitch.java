package org.cbrnsim.hazard.densegas;

/**
 * ALOHA's automatic choice between the Gaussian (passive) and the heavy-gas model, by the source
 * Richardson number (ALOHA 5.4.4 Technical Documentation, Jones et al. 2013, §4.1 and §4.4.1, as
 * transcribed in the reference notes dispersion.md §1.2 [S]):
 *
 * <pre>
 *   Ri = H·ĝ / U*²,   ĝ = g·(ρ_cloud − ρ_air)/ρ_air
 *   H  = √(E·π / (4·ρ·U10))      continuous source other than a puddle
 *   H  = E / (ρ·U10·D)           puddle of diameter D
 * </pre>
 * with E the release (or evaporation) rate in kg/s and ρ the cloud density. The friction velocity is
 * Deacon's U* = 0.03·U10 (the form Tech Doc §3.3.1 uses for puddle evaporation), because that is the
 * one with which third-party runs against ALOHA 5.4.7 reproduced ALOHA's choices (HAZEL,
 * {@code js/engine/engineDispersionChoice.js}). The cloud is dense when Ri exceeds the critical value.
 *
 * <p>Independently of ALOHA, a cloud that is not denser than the air is always passive (it cannot
 * slump under gravity; a buoyant cloud's rise is not modelled).
 */
public final class RichardsonSwitch {

    /**
     * Critical Richardson number as documented by ALOHA (Tech Doc §4.4.1: Ri &lt; 1 is passive).
     * HAZEL's comparisons with ALOHA 5.4.7 found ALOHA's effective switch, with this Ri, between 1.85
     * (Gaussian) and 2.06 (heavy gas); that is an empirical observation of ALOHA, reported here and not
     * used.
     */
    public static final double DOCUMENTED_CRITICAL_RICHARDSON = 1.0;

    /** U* / U10 in Deacon's friction velocity, U* = 0.03·U10 (ALOHA Tech Doc §3.3.1). */
    public static final double DEACON_FRICTION_RATIO = 0.03;

    private final double criticalRichardson;

    /** @param criticalRichardson threshold above which the cloud is dense, &gt; 0 */
    public RichardsonSwitch(double criticalRichardson) {
        if (!(criticalRichardson > 0) || Double.isInfinite(criticalRichardson)) {
            throw new IllegalArgumentException("critical Richardson number must be > 0 and finite, got " + criticalRichardson);
        }
        this.criticalRichardson = criticalRichardson;
    }

    /** The switch with ALOHA's documented threshold {@link #DOCUMENTED_CRITICAL_RICHARDSON}. */
    public static RichardsonSwitch documented() {
        return new RichardsonSwitch(DOCUMENTED_CRITICAL_RICHARDSON);
    }

    /**
     * Choice for a continuous source that is not a puddle (direct release, tank, pipe).
     *
     * @param releaseRateKgPerS   release rate E (kg/s), &gt; 0
     * @param cloudDensityKgPerM3 density of the cloud at the source (kg/m³): for a cold or flashing
     *                            release at its cold temperature, &gt; 0
     * @param air                 ambient air density and wind speed at 10 m
     */
    public RichardsonChoice chooseContinuous(double releaseRateKgPerS, double cloudDensityKgPerM3, DenseGasAtmosphere air) {
        requirePositive(releaseRateKgPerS, cloudDensityKgPerM3);
        double heightM = Math.sqrt(releaseRateKgPerS * Math.PI / (4 * cloudDensityKgPerM3 * air.windSpeed10mMps()));
        return choose(heightM, cloudDensityKgPerM3, air);
    }

    /**
     * Choice for an evaporating puddle.
     *
     * @param evaporationRateKgPerS evaporation rate E (kg/s), &gt; 0
     * @param puddleDiameterM       puddle diameter D (m), &gt; 0
     * @param cloudDensityKgPerM3   density of the vapour above the puddle (kg/m³), &gt; 0
     * @param air                   ambient air density and wind speed at 10 m
     */
    public RichardsonChoice choosePuddle(double evaporationRateKgPerS, double puddleDiameterM, double cloudDensityKgPerM3,
            DenseGasAtmosphere air) {
        requirePositive(evaporationRateKgPerS, cloudDensityKgPerM3);
        if (!(puddleDiameterM > 0)) {
            throw new IllegalArgumentException("puddle diameter must be > 0 m, got " + puddleDiameterM);
        }
        double heightM = evaporationRateKgPerS / (cloudDensityKgPerM3 * air.windSpeed10mMps() * puddleDiameterM);
        return choose(heightM, cloudDensityKgPerM3, air);
    }

    private RichardsonChoice choose(double heightM, double cloudDensityKgPerM3, DenseGasAtmosphere air) {
        double frictionVelocity = DEACON_FRICTION_RATIO * air.windSpeed10mMps();
        double richardson = heightM * air.reducedGravityMps2(cloudDensityKgPerM3) / (frictionVelocity * frictionVelocity);
        boolean dense = cloudDensityKgPerM3 > air.airDensityKgPerM3() && richardson > criticalRichardson;
        return new RichardsonChoice(dense ? RichardsonChoice.Regime.DENSE : RichardsonChoice.Regime.PASSIVE,
                richardson, criticalRichardson);
    }

    private static void requirePositive(double rateKgPerS, double cloudDensityKgPerM3) {
        if (!(rateKgPerS > 0) || Double.isInfinite(rateKgPerS)) {
            throw new IllegalArgumentException("release rate must be > 0 kg/s and finite, got " + rateKgPerS);
        }
        if (!(cloudDensityKgPerM3 > 0)) {
            throw new IllegalArgumentException("cloud density must be > 0 kg/m³, got " + cloudDensityKgPerM3);
        }
    }
}
