package org.cbrnsim.hazard.source;

import org.cbrnsim.units.IdealGas;
import java.util.Locale;
import org.cbrnsim.hazard.substance.Substance;

/**
 * A pressurised liquefied gas (chlorine, ammonia, LPG …) escaping from a tank or rail tank car
 * through a hole below the liquid level.
 *
 * <ol>
 *   <li>Storage pressure: the saturation pressure at the storage temperature, from the substance's
 *       vapour-pressure correlation, plus the liquid head above the hole.</li>
 *   <li>Discharge: {@link TwoPhaseDischarge} (Fauske 1985) through the {@link Breach}, at a constant
 *       rate until the inventory is gone (the tank temperature, hence its pressure, is held; no
 *       tank geometry).</li>
 *   <li>Flash: the exponential form of {@link FlashFraction} (CCPS 1999; substances.md §10).</li>
 *   <li>Rainout: the chosen {@link Rainout} rule; the airborne rate is the discharge rate times the
 *       airborne fraction, and the rest may feed a boiling pool ({@link #rainoutPool}).</li>
 *   <li>Cloud: vapour and liquid aerosol at the normal boiling point, a homogeneous mixture whose
 *       specific volume is the mass-weighted sum v = x·v<sub>g</sub> + (1 − x)·v<sub>f</sub> (the
 *       two-phase mixture of CCPS 1999 §2.1 and Crowl &amp; Louvar 2011 §4-9 [M]), x being the vapour
 *       fraction of the airborne mass. Air entrainment and droplet evaporation are left to dispersion.</li>
 * </ol>
 */
public final class FlashingRelease implements ReleaseSource {

    private static final double GRAVITY_M_PER_S2 = 9.80665;
    private static final String MODEL = "flashing release model";

    private final Substance substance;
    private final StorageTank tank;
    private final Breach breach;
    private final Rainout rainout;
    private final SaturatedLiquid liquid;
    private final double flashFraction;
    private final double dischargeRateKgPerS;
    private final double airborneFraction;

    /**
     * @param substance         needs vapour pressure, liquid density, heat of vaporisation and liquid heat
     *                          capacity correlations
     * @param tank              inventory, storage temperature (above the normal boiling point) and liquid head
     * @param breach            the hole or pipe
     * @param rainout           how much of the liquid stays airborne
     * @param ambientPressurePa pressure outside the tank (Pa)
     */
    public FlashingRelease(Substance substance, StorageTank tank, Breach breach, Rainout rainout,
                           double ambientPressurePa) {
        this.substance = substance;
        this.tank = tank;
        this.breach = breach;
        this.rainout = rainout;
        FlashFraction.requireAboveBoiling(substance, tank.temperatureK());
        this.liquid = SaturatedLiquid.of(substance, tank.temperatureK());
        double upstreamPa = liquid.pressurePa() + liquid.liquidDensityKgPerM3() * GRAVITY_M_PER_S2 * tank.liquidHeadM();
        double dropPa = upstreamPa - Require.positive("ambient pressure", ambientPressurePa, "Pa");
        if (!(dropPa > 0)) {
            throw new IllegalArgumentException("the storage pressure of " + substance.id() + " at "
                    + tank.temperatureK() + " K (" + upstreamPa + " Pa) must exceed the ambient pressure "
                    + ambientPressurePa + " Pa for a flashing release");
        }
        this.dischargeRateKgPerS = breach.areaM2() * TwoPhaseDischarge.massFluxKgPerM2S(liquid, dropPa,
                breach.dischargeCoefficient(), breach.pipeLengthM());
        this.flashFraction = FlashFraction.exponential(substance, tank.temperatureK());
        this.airborneFraction = rainout.airborneFraction(flashFraction);
    }

    /** Saturation pressure at the storage temperature (Pa). */
    public double storagePressurePa() {
        return liquid.pressurePa();
    }

    /** Flash fraction, exponential form (mass of vapour per mass discharged). */
    public double flashFraction() {
        return flashFraction;
    }

    /** Mass flow rate out of the hole, liquid and vapour (kg/s). */
    public double dischargeRateKgPerS() {
        return dischargeRateKgPerS;
    }

    /** Fraction of the discharged mass that stays airborne as vapour or aerosol. */
    public double airborneFraction() {
        return airborneFraction;
    }

    /** Fraction of the airborne mass that is liquid aerosol, 1 − f/airborne fraction. */
    public double aerosolMassFraction() {
        return 1 - flashFraction / airborneFraction;
    }

    /** Liquid that rains out onto the ground over the whole release (kg). */
    public double rainoutMassKg() {
        return tank.inventoryKg() * (1 - airborneFraction);
    }

    @Override
    public double rateKgPerS(double tS) {
        return tS >= 0 && tS < durationS() ? dischargeRateKgPerS * airborneFraction : 0;
    }

    /** Time to empty the inventory at the discharge rate (s). */
    @Override
    public double durationS() {
        return tank.inventoryKg() / dischargeRateKgPerS;
    }

    @Override
    public double releasedMassKg(double tS) {
        return dischargeRateKgPerS * airborneFraction * Math.min(Math.max(tS, 0), durationS());
    }

    @Override
    public InitialCloud initialCloud(double airTemperatureK, double airPressurePa) {
        double boilingK = substance.normalBoilingPointK();
        double vapourFraction = flashFraction / airborneFraction;
        double vapourVolumeM3PerKg = IdealGas.specificVolumeM3PerKg(substance.molarMassKgPerMol(), boilingK,
                Require.positive("air pressure", airPressurePa, "Pa"));
        double liquidVolumeM3PerKg = 1 / Require.property(substance, substance.liquidDensityKgPerM3(),
                "liquid density", MODEL).at(boilingK);
        double mixtureVolumeM3PerKg = vapourFraction * vapourVolumeM3PerKg + (1 - vapourFraction) * liquidVolumeM3PerKg;
        return new InitialCloud(1 / mixtureVolumeM3PerKg, boilingK, substance.molarMassKgPerMol(),
                1 - vapourFraction, 0);
    }

    /**
     * The boiling pool the rained-out liquid forms, taken as all present from the start of the release
     * (an overestimate of the early evaporation when the discharge lasts long).
     *
     * @param areaM2  pool area (m²)
     * @param weather weather over the pool
     * @param ground  the ground under the pool
     */
    public PuddleEvaporation rainoutPool(double areaM2, PoolWeather weather, GroundSubstrate ground) {
        return PuddleEvaporation.boilingPool(substance, Require.positive("rained-out liquid of " + substance.id()
                + " under rainout rule " + rainout, rainoutMassKg(), "kg"), areaM2, weather, ground);
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "flashing release of %s from a %.3g m hole at %.1f K (%.4g Pa): "
                        + "%.4g kg/s discharged for %.4g s, flash fraction %.3f, %.0f%% airborne (rainout %s)",
                substance.id(), breach.diameterM(), tank.temperatureK(), storagePressurePa(), dischargeRateKgPerS,
                durationS(), flashFraction, 100 * airborneFraction, rainout.name().toLowerCase(Locale.ROOT));
    }
}
