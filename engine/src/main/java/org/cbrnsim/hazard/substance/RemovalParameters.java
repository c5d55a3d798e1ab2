package org.cbrnsim.hazard.substance;

/**
 * How fast a substance leaves a cloud: its surface-limited dry deposition velocity, its diffusivity in air and
 * its rain scavenging coefficient at the reference rain rate, as the removal data file gives them.
 *
 * <p>Dry deposition: the tabulated velocity v<sub>s</sub> is read as the surface-limited one, R<sub>c</sub> =
 * 1/v<sub>s</sub> [A], and the weather adds the aerodynamic and quasi-laminar resistances
 * ({@code org.cbrnsim.hazard.atmosphere.DryDepositionVelocity}), so the deposition velocity in the cloud never
 * exceeds v<sub>s</sub>.
 *
 * <p>Wet removal follows CALPUFF (Scire et al. 2000; sample control file Group 10, casualty-mechanisms.md
 * §2.1): Λ = λ·(R/R<sub>1</sub>), R the liquid precipitation rate, R<sub>1</sub> = 1 mm/h. Fog has no
 * published scavenging rate for accidental releases (casualty-mechanisms.md §2.3, §8 item 3); the engine
 * assumes [A] that fog washes out like light drizzle of {@value #FOG_EQUIVALENT_MM_PER_H} mm/h, the upper
 * limit of "light drizzle" in WMO practice [K], a weak sink for soluble gases only, as §2.3 reads the
 * evidence.
 *
 * @param substanceId                 the substance id of the substance library
 * @param surfaceDepositionVelocityMps v<sub>s</sub> = 1/R<sub>c</sub> (m/s), ≥ 0
 * @param gasDiffusivityM2PerS         molecular diffusivity D in air (m²/s), &gt; 0 (may be 0 only when v<sub>s</sub> = 0)
 * @param rainScavengingPerS           λ (1/s) at 1 mm/h of rain, ≥ 0
 */
public record RemovalParameters(String substanceId, double surfaceDepositionVelocityMps, double gasDiffusivityM2PerS,
                                double rainScavengingPerS) {

    /** Reference rain rate R<sub>1</sub> of λ: 1 mm/h in m/s. */
    public static final double REFERENCE_RAIN_MPS = 1e-3 / 3600;
    /** Rain rate (mm/h) fog is taken to scavenge like [A]. */
    public static final double FOG_EQUIVALENT_MM_PER_H = 0.1;
    /** No removal: the cloud keeps its mass. */
    public static final RemovalParameters NONE = new RemovalParameters("none", 0, 0, 0);

    public RemovalParameters {
        if (substanceId == null || substanceId.isBlank()) {
            throw new IllegalArgumentException("removal parameters need a substance id");
        }
        if (!(surfaceDepositionVelocityMps >= 0) || Double.isInfinite(surfaceDepositionVelocityMps)) {
            throw new IllegalArgumentException("surface deposition velocity must be a finite value >= 0 m/s, got "
                    + surfaceDepositionVelocityMps);
        }
        boolean diffusivityNeeded = surfaceDepositionVelocityMps > 0;
        if (!(diffusivityNeeded ? gasDiffusivityM2PerS > 0 : gasDiffusivityM2PerS >= 0)
                || Double.isInfinite(gasDiffusivityM2PerS)) {
            throw new IllegalArgumentException("gas diffusivity must be a finite value > 0 m²/s, got "
                    + gasDiffusivityM2PerS);
        }
        if (!(rainScavengingPerS >= 0) || Double.isInfinite(rainScavengingPerS)) {
            throw new IllegalArgumentException("rain scavenging coefficient must be a finite value >= 0 /s, got "
                    + rainScavengingPerS);
        }
    }

    /**
     * Scavenging coefficient Λ (1/s) under {@code precipitationMps} of rain (m/s of water depth) and, when
     * {@code fog}, the fog's equivalent drizzle added: λ·(R + R<sub>fog</sub>)/R<sub>1</sub>.
     */
    public double scavengingPerS(double precipitationMps, boolean fog) {
        if (!(precipitationMps >= 0) || Double.isInfinite(precipitationMps)) {
            throw new IllegalArgumentException("precipitation rate must be a finite value >= 0 m/s, got "
                    + precipitationMps);
        }
        double fogMps = fog ? FOG_EQUIVALENT_MM_PER_H * REFERENCE_RAIN_MPS : 0;
        return rainScavengingPerS * (precipitationMps + fogMps) / REFERENCE_RAIN_MPS;
    }
}
