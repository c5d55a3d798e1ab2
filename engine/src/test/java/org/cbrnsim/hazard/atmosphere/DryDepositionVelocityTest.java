package org.cbrnsim.hazard.atmosphere;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Resistances of dry deposition against hand arithmetic, for chlorine (D = 1.276×10⁻⁵ m²/s, Fuller estimate of
 * removal.yaml; v<sub>s</sub> = 1 cm/s, so R<sub>c</sub> = 100 s/m) over grass z0 = 0.1 m; κ = 0.4,
 * ν = 1.5×10⁻⁵ m²/s, Pr = 0.72, z<sub>r</sub> = 10 m.
 *
 * <p>Rb factor: Sc = 1.5/1.276 = 1.17555; Sc/Pr = 1.63271; (1.63271)<sup>2/3</sup> = e<sup>0.32684</sup> = 1.38656.
 *
 * <p><b>Neutral, D, 5 m/s.</b> u* = 0.4·5/ln(10.1/0.1) = 2/4.61512 = 0.433358 m/s;
 * R<sub>a</sub> = ln(10/0.1)/(0.4·0.433358) = 4.60517/0.173343 = 26.567 s/m;
 * R<sub>b</sub> = 2/0.173343·1.38656 = 15.998 s/m; vd = 1/(26.567 + 15.998 + 100) = 1/142.565 = 7.0144×10⁻³ m/s.
 *
 * <p><b>Stable, F, 2 m/s.</b> L = 26.0·0.1<sup>0.17</sup> = 17.5782 m (ALOHA); ψ(10/L) = −4.7·0.568887 = −2.67377;
 * u* = 0.8/(4.61512 + 2.67377) = 0.8/7.28889 = 0.109756 m/s; R<sub>a</sub> = [4.60517 + 4.7·(10 − 0.1)/17.5782]/
 * (0.4·0.109756) = (4.60517 + 2.64703)/0.0439024 = 165.19 s/m (Seinfeld &amp; Pandis Eq. 19.14);
 * R<sub>b</sub> = 2/0.0439024·1.38656 = 63.166 s/m; vd = 1/(165.19 + 63.17 + 100) = 3.0455×10⁻³ m/s.
 * Ratio D/F = 2.303: for chlorine R<sub>c</sub> dominates, so the stable night lowers vd by 2.3×, not the
 * 5–10× of soluble gases (casualty-mechanisms.md §1.1, where R<sub>c</sub> ≈ 0).
 */
class DryDepositionVelocityTest {

    private static final double CHLORINE_D_M2_PER_S = 1.276e-5;
    private static final double CHLORINE_VS_MPS = 0.01;

    @Test
    void neutralFiveMetresPerSecondOverGrass() {
        double uStar = WindProfile.frictionVelocityMps(5, 0.1, Double.POSITIVE_INFINITY);
        assertEquals(0.433358, uStar, 1e-6);
        assertEquals(26.567, DryDepositionVelocity.aerodynamicResistanceSPerM(0.1, Double.POSITIVE_INFINITY, uStar),
                1e-3);
        assertEquals(15.998, DryDepositionVelocity.quasiLaminarResistanceSPerM(uStar, CHLORINE_D_M2_PER_S), 1e-3);
        Atmosphere air = Atmosphere.of(5, StabilityClass.D, 0.1, 288.15);
        assertEquals(7.0144e-3, DryDepositionVelocity.velocityMps(air, CHLORINE_D_M2_PER_S, CHLORINE_VS_MPS), 1e-7);
    }

    @Test
    void stableClassFTwoMetresPerSecondOverGrass() {
        double obukhovM = ObukhovLength.fromClassM(StabilityClass.F, 0.1);
        assertEquals(17.5782, obukhovM, 1e-4);
        double uStar = WindProfile.frictionVelocityMps(2, 0.1, obukhovM);
        assertEquals(0.109756, uStar, 1e-6);
        assertEquals(165.19, DryDepositionVelocity.aerodynamicResistanceSPerM(0.1, obukhovM, uStar), 1e-2);
        assertEquals(63.166, DryDepositionVelocity.quasiLaminarResistanceSPerM(uStar, CHLORINE_D_M2_PER_S), 1e-3);
        Atmosphere air = Atmosphere.of(2, StabilityClass.F, 0.1, 288.15);
        assertEquals(3.0455e-3, DryDepositionVelocity.velocityMps(air, CHLORINE_D_M2_PER_S, CHLORINE_VS_MPS), 1e-7);
    }

    @Test
    void chlorineDepositsTwoAndAThirdTimesSlowerOnAStableNightThanInANeutralBreeze() {
        double night = DryDepositionVelocity.velocityMps(Atmosphere.of(2, StabilityClass.F, 0.1, 283.15),
                CHLORINE_D_M2_PER_S, CHLORINE_VS_MPS);
        double day = DryDepositionVelocity.velocityMps(Atmosphere.of(5, StabilityClass.D, 0.1, 293.15),
                CHLORINE_D_M2_PER_S, CHLORINE_VS_MPS);
        assertEquals(2.303, day / night, 1e-3);
    }

    @Test
    void aSolubleGasWithoutSurfaceResistanceShowsTheFiveToTenfoldStabilityEffect() {
        // Rc → 0 (vs very large): vd = 1/(Ra + Rb); neutral 1/(26.567 + 15.998) = 0.023494, F 1/228.36 = 0.0043791.
        double night = DryDepositionVelocity.velocityMps(Atmosphere.of(2, StabilityClass.F, 0.1, 283.15),
                CHLORINE_D_M2_PER_S, 1e9);
        double day = DryDepositionVelocity.velocityMps(Atmosphere.of(5, StabilityClass.D, 0.1, 293.15),
                CHLORINE_D_M2_PER_S, 1e9);
        assertEquals(5.365, day / night, 1e-2);
    }

    @Test
    void unstableResistanceIsSeinfeldAndPandisEquation1916() {
        // Eq. 19.16: Ra = [ln((ηr − 1)/(ηr + 1)) − ln((η0 − 1)/(η0 + 1))]/(κu*), η = (1 − 15 z/L)^½.
        double obukhovM = ObukhovLength.fromClassM(StabilityClass.B, 0.1);
        double uStar = 0.5;
        double etaR = Math.sqrt(1 - 15 * 10 / obukhovM);
        double eta0 = Math.sqrt(1 - 15 * 0.1 / obukhovM);
        double expected = (Math.log((etaR - 1) / (etaR + 1)) - Math.log((eta0 - 1) / (eta0 + 1))) / (0.4 * uStar);
        assertEquals(expected, DryDepositionVelocity.aerodynamicResistanceSPerM(0.1, obukhovM, uStar), 1e-9);
        assertTrue(expected < Math.log(10 / 0.1) / (0.4 * uStar), "unstable air mixes faster than neutral");
    }

    @Test
    void theTablesVelocityIsAnUpperBoundAndZeroMeansNoDeposition() {
        for (StabilityClass s : StabilityClass.values()) {
            double vd = DryDepositionVelocity.velocityMps(Atmosphere.of(10, s, 0.5, 293.15), 2.2e-5, 0.019);
            assertTrue(vd > 0 && vd < 0.019, s + ": " + vd);
        }
        assertEquals(0, DryDepositionVelocity.velocityMps(Atmosphere.of(3, StabilityClass.D, 0.1, 293.15), 0, 0));
        assertThrows(IllegalArgumentException.class,
                () -> DryDepositionVelocity.aerodynamicResistanceSPerM(12, Double.POSITIVE_INFINITY, 0.3));
        assertThrows(IllegalArgumentException.class,
                () -> DryDepositionVelocity.quasiLaminarResistanceSPerM(0.3, 0));
    }
}
