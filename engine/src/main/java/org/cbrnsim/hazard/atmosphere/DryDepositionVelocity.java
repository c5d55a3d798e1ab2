package org.cbrnsim.hazard.atmosphere;

/**
 * The dry deposition velocity of a gas as three resistances in series, v<sub>d</sub> = 1/(R<sub>a</sub> +
 * R<sub>b</sub> + R<sub>c</sub>) (Wesely &amp; Hicks 1977; Wesely 1989, Atmos. Environ. 23:1293; Seinfeld &amp;
 * Pandis 2006, <i>Atmospheric Chemistry and Physics</i>, 2nd ed., §19.2–19.3; casualty-mechanisms.md §1.1).
 *
 * <p><b>Aerodynamic resistance</b> (Seinfeld &amp; Pandis Eqs. 19.13–19.16), from the surface-layer profile of the
 * engine's wind ({@link WindProfile}, Businger–Paulson, with its heat form {@link WindProfile#heatStabilityCorrection}):
 * R<sub>a</sub> = [ln(z<sub>r</sub>/z0) − ψ<sub>h</sub>(z<sub>r</sub>/L) + ψ<sub>h</sub>(z0/L)]/(κ·u*), u* from the
 * 10 m wind ({@link WindProfile#frictionVelocityMps}) and L from the class ({@link ObukhovLength#fromClassM}, ALOHA).
 * When stable this is Eq. 19.14, [ln(z<sub>r</sub>/z0) + 4.7(z<sub>r</sub> − z0)/L]/(κu*).
 *
 * <p><b>Reference height</b> z<sub>r</sub> = {@value #REFERENCE_HEIGHT_M} m, the height of the wind input. The puffs
 * deplete at the rate vd·C(ground) with an undisturbed Gaussian profile down to the ground (source depletion,
 * {@code GaussianPuffField#depositDry}); it has no near-ground deficit of its own, so R<sub>a</sub> is taken over a
 * layer deep enough to carry that deficit, as MEPAS does for its source-depletion Gaussian model ("a layer that is
 * deep enough so that corrections for near-surface concentration depletion are unnecessary. The thickness of this
 * layer is assumed to be 10 m", PNNL MEPAS air formulations §4.7). AERMOD instead uses z0 + 1 m (AERMOD deposition
 * science document, 2004, Eq. 1), which gives a smaller R<sub>a</sub> and a weaker stability dependence.
 *
 * <p><b>Quasi-laminar resistance</b> (Seinfeld &amp; Pandis Eq. 19.17): R<sub>b</sub> = 2/(κu*)·(Sc/Pr)<sup>2/3</sup>,
 * Sc = ν/D, with the kinematic viscosity of air ν = {@value #AIR_KINEMATIC_VISCOSITY_M2_PER_S} m²/s and
 * Pr = {@value #PRANDTL}, both at about 20 °C (Seinfeld &amp; Pandis §19.3 [K]). Sc is held at its 20 °C value: D and
 * ν both grow as about T<sup>1.75</sup> (Fuller et al. 1966 for D), so their ratio hardly changes with temperature.
 *
 * <p><b>Surface resistance</b> R<sub>c</sub> = 1/v<sub>s</sub>, v<sub>s</sub> the substance's tabulated velocity read as
 * the surface-limited one [A]: the removal table's field values become an upper bound, vd ≤ v<sub>s</sub> in every
 * weather, reached only when R<sub>a</sub> + R<sub>b</sub> → 0. No published R<sub>c</sub> exists for most
 * substances of the table at accident concentrations (casualty-mechanisms.md §1.2, "Saturation caveat").
 */
public final class DryDepositionVelocity {

    /** Reference height z<sub>r</sub> of R<sub>a</sub> (m): the height of the 10 m wind input (MEPAS §4.7). */
    public static final double REFERENCE_HEIGHT_M = WindProfile.REFERENCE_HEIGHT_M;
    /** Kinematic viscosity of air ν (m²/s) at about 20 °C, 1 atm. */
    public static final double AIR_KINEMATIC_VISCOSITY_M2_PER_S = 1.5e-5;
    /** Prandtl number of air. */
    public static final double PRANDTL = 0.72;

    private DryDepositionVelocity() {
    }

    /**
     * R<sub>a</sub> (s/m) from z<sub>r</sub> = 10 m to z0 under friction velocity u* and Obukhov length L (±∞ neutral).
     *
     * @throws IllegalArgumentException when z0 is not below z<sub>r</sub>, u* is not positive or L = 0
     */
    public static double aerodynamicResistanceSPerM(double roughnessM, double obukhovLengthM,
                                                     double frictionVelocityMps) {
        ObukhovLength.requireRoughness(roughnessM);
        ObukhovLength.requireLength(obukhovLengthM);
        if (!(roughnessM < REFERENCE_HEIGHT_M)) {
            throw new IllegalArgumentException("roughness length must be below the deposition reference height "
                    + REFERENCE_HEIGHT_M + " m, got " + roughnessM + " m");
        }
        requireFrictionVelocity(frictionVelocityMps);
        double profile = Math.log(REFERENCE_HEIGHT_M / roughnessM)
                - WindProfile.heatStabilityCorrection(REFERENCE_HEIGHT_M / obukhovLengthM)
                + WindProfile.heatStabilityCorrection(roughnessM / obukhovLengthM);
        return profile / (WindProfile.VON_KARMAN * frictionVelocityMps);
    }

    /**
     * R<sub>b</sub> (s/m) of a gas of diffusivity D in air under friction velocity u*.
     *
     * @throws IllegalArgumentException when u* or D is not positive
     */
    public static double quasiLaminarResistanceSPerM(double frictionVelocityMps, double diffusivityM2PerS) {
        requireFrictionVelocity(frictionVelocityMps);
        if (!(diffusivityM2PerS > 0) || Double.isInfinite(diffusivityM2PerS)) {
            throw new IllegalArgumentException("gas diffusivity must be a finite value > 0 m²/s, got "
                    + diffusivityM2PerS);
        }
        double schmidt = AIR_KINEMATIC_VISCOSITY_M2_PER_S / diffusivityM2PerS;
        return 2 / (WindProfile.VON_KARMAN * frictionVelocityMps) * Math.pow(schmidt / PRANDTL, 2.0 / 3.0);
    }

    /**
     * v<sub>d</sub> (m/s) of a gas of diffusivity D and surface-limited velocity v<sub>s</sub> = 1/R<sub>c</sub> in
     * this atmosphere (10 m wind, class, roughness); 0 when v<sub>s</sub> = 0.
     *
     * @throws IllegalArgumentException when v<sub>s</sub> is negative or not finite, or D is not positive
     */
    public static double velocityMps(Atmosphere air, double diffusivityM2PerS, double surfaceVelocityMps) {
        if (!(surfaceVelocityMps >= 0) || Double.isInfinite(surfaceVelocityMps)) {
            throw new IllegalArgumentException("surface deposition velocity must be a finite value >= 0 m/s, got "
                    + surfaceVelocityMps);
        }
        if (surfaceVelocityMps == 0) {
            return 0;
        }
        double obukhovM = air.obukhovLengthM();
        double frictionMps = WindProfile.frictionVelocityMps(air.windSpeed10mMps(), air.roughnessM(), obukhovM);
        double totalSPerM = aerodynamicResistanceSPerM(air.roughnessM(), obukhovM, frictionMps)
                + quasiLaminarResistanceSPerM(frictionMps, diffusivityM2PerS)
                + 1 / surfaceVelocityMps;
        return 1 / totalSPerM;
    }

    private static void requireFrictionVelocity(double frictionVelocityMps) {
        if (!(frictionVelocityMps > 0) || Double.isInfinite(frictionVelocityMps)) {
            throw new IllegalArgumentException("friction velocity must be a finite value > 0 m/s, got "
                    + frictionVelocityMps);
        }
    }
}
