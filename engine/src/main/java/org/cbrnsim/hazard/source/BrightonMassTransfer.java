package org.cbrnsim.hazard.source;

import org.cbrnsim.hazard.atmosphere.WindProfile;
import org.cbrnsim.units.IdealGas;
/**
 * Evaporation flux from a non-boiling puddle into the turbulent surface layer: Brighton's (1985)
 * boundary-layer solution ("Evaporation from a plane liquid surface into a turbulent boundary
 * layer", J. Fluid Mech. 159:323–345) in the form ALOHA uses (Jones et al. 2013, ALOHA Tech Doc
 * §3.3.1, transcribed by HAZEL [S]):
 * <pre>
 *   E/A = C_s · U* · j̄ · φ,   C_s = P_v·M/(R·T),   U* = 0.03·U10 (Deacon),
 *   φ = −(P_a/P_v)·ln(1 − P_v/P_a)                         (volatility correction)
 *   j̄ = (κ/Sc_T)(1+n)·[½ − atan(ℓ/π)/π + (1−γ)/(ℓ²+π²) + ((1−γ)² + 1 + π²/6)·ℓ/(ℓ²+π²)²],
 *   ℓ = ln(e^Λ·X₁),  X₁ = n·κ²·D/(Sc_T·z₀·e^(1/n)),
 *   Λ = 1/n + 1 + 2·ln(1+n) − 2γ + (κ/Sc_T)(1+n)·f(Sc),
 *   f(Sc) = (3.85·Sc^(1/3) − 1.3)² + (Sc_T/κ)·ln(0.13·Sc)   smooth surface, Re₀ = U*z₀/ν &lt; 0.13
 *         = 7.3·Re₀^(1/4)·Sc^(1/2) − 5·Sc_T                 rough surface, Re₀ &gt; 2
 *         (linear in Re₀ between the two),
 *   Sc = ν/D_c,  D_c = D_water·√(M_water/M)   (Graham's law, Thibodeaux 1979).
 * </pre>
 * Constants as in the Tech Doc: κ = 0.4, Sc_T = 0.85 (Fackrell &amp; Robins 1982), ν = 1.5·10⁻⁵ m²/s,
 * D_water = 2.39·10⁻⁵ m²/s; γ is Euler's constant; n is the wind-profile exponent.
 */
public final class BrightonMassTransfer {

    private static final double VON_KARMAN = WindProfile.VON_KARMAN;
    private static final double TURBULENT_SCHMIDT = 0.85;
    private static final double EULER_GAMMA = 0.5772156649015329;
    private static final double AIR_KINEMATIC_VISCOSITY_M2_PER_S = 1.5e-5;
    private static final double WATER_VAPOUR_DIFFUSIVITY_M2_PER_S = 2.39e-5;
    private static final double WATER_MOLAR_MASS_KG_PER_MOL = 0.018015;
    private static final double SMOOTH_LIMIT_RE0 = 0.13;
    private static final double ROUGH_LIMIT_RE0 = 2;

    private BrightonMassTransfer() {
    }

    /** Laminar Schmidt number ν/D<sub>c</sub> of the vapour in air, with D<sub>c</sub> from Graham's law. */
    public static double schmidtNumber(double molarMassKgPerMol) {
        double diffusivity = WATER_VAPOUR_DIFFUSIVITY_M2_PER_S
                * Math.sqrt(WATER_MOLAR_MASS_KG_PER_MOL / Require.positive("molar mass", molarMassKgPerMol, "kg/mol"));
        return AIR_KINEMATIC_VISCOSITY_M2_PER_S / diffusivity;
    }

    /** Brighton's area-averaged dimensionless mass-transfer coefficient j̄, before the volatility correction. */
    public static double averageCoefficient(double schmidtNumber, double poolDiameterM, PoolWeather weather) {
        double n = weather.windProfileExponent();
        double z0 = weather.roughnessM();
        double re0 = weather.frictionVelocityMPerS() * z0 / AIR_KINEMATIC_VISCOSITY_M2_PER_S;
        double growth = VON_KARMAN / TURBULENT_SCHMIDT * (1 + n);
        double lambda = 1 / n + 1 + 2 * Math.log1p(n) - 2 * EULER_GAMMA + growth * surfaceFunction(schmidtNumber, re0);
        double x1 = n * VON_KARMAN * VON_KARMAN * Require.positive("puddle diameter", poolDiameterM, "m")
                / (TURBULENT_SCHMIDT * z0 * Math.exp(1 / n));
        double ell = lambda + Math.log(x1);
        double denominator = ell * ell + Math.PI * Math.PI;
        double oneMinusGamma = 1 - EULER_GAMMA;
        return growth * (0.5 - Math.atan(ell / Math.PI) / Math.PI + oneMinusGamma / denominator
                + (oneMinusGamma * oneMinusGamma + 1 + Math.PI * Math.PI / 6) * ell / (denominator * denominator));
    }

    /** Volatility correction φ = −(P_a/P_v)·ln(1 − P_v/P_a), → 1 as P_v → 0; needs P_v &lt; P_a. */
    public static double volatilityCorrection(double vapourPressurePa, double airPressurePa) {
        if (!(vapourPressurePa > 0 && vapourPressurePa < airPressurePa)) {
            throw new IllegalArgumentException("a non-boiling puddle needs 0 < vapour pressure < air pressure ("
                    + airPressurePa + " Pa), got " + vapourPressurePa + " Pa");
        }
        double ratio = vapourPressurePa / airPressurePa;
        return -Math.log1p(-ratio) / ratio;
    }

    /**
     * Evaporation flux E/A (kg/(m²·s)) of a liquid at {@code liquidTemperatureK} with vapour pressure
     * {@code vapourPressurePa}, from a puddle of diameter {@code poolDiameterM}.
     */
    public static double fluxKgPerM2S(double molarMassKgPerMol, double vapourPressurePa, double liquidTemperatureK,
                                      double poolDiameterM, PoolWeather weather) {
        double saturationKgPerM3 = IdealGas.densityKgPerM3(molarMassKgPerMol, liquidTemperatureK, vapourPressurePa);
        return saturationKgPerM3 * weather.frictionVelocityMPerS()
                * averageCoefficient(schmidtNumber(molarMassKgPerMol), poolDiameterM, weather)
                * volatilityCorrection(vapourPressurePa, weather.airPressurePa());
    }

    /** f(Sc): smooth and rough limits, linear in Re₀ between them. */
    private static double surfaceFunction(double sc, double re0) {
        double smooth = square(3.85 * Math.cbrt(sc) - 1.3) + TURBULENT_SCHMIDT / VON_KARMAN * Math.log(0.13 * sc);
        if (re0 < SMOOTH_LIMIT_RE0) {
            return smooth;
        }
        double rough = 7.3 * Math.pow(Math.max(re0, ROUGH_LIMIT_RE0), 0.25) * Math.sqrt(sc) - 5 * TURBULENT_SCHMIDT;
        if (re0 > ROUGH_LIMIT_RE0) {
            return rough;
        }
        return smooth + (re0 - SMOOTH_LIMIT_RE0) / (ROUGH_LIMIT_RE0 - SMOOTH_LIMIT_RE0) * (rough - smooth);
    }

    private static double square(double x) {
        return x * x;
    }
}
