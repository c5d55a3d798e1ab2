package org.cbrnsim.hazard.substance;

/**
 * How fast a substance leaves a cloud: its dry deposition velocity and its rain scavenging coefficient at
 * the reference rain rate, as the removal data file gives them.
 *
 * <p>Wet removal follows CALPUFF (Scire et al. 2000; sample control file Group 10, casualty-mechanisms.md
 * §2.1): Λ = λ·(R/R<sub>1</sub>), R the liquid precipitation rate, R<sub>1</sub> = 1 mm/h. Fog has no
 * published scavenging rate for accidental releases (casualty-mechanisms.md §2.3, §8 item 3); the engine
 * assumes [A] that fog washes out like light drizzle of {@value #FOG_EQUIVALENT_MM_PER_H} mm/h, the upper
 * limit of "light drizzle" in WMO practice [K], a weak sink for soluble gases only, as §2.3 reads the
 * evidence.
 *
 * @param substanceId                 the substance id of the substance library
 * @param dryDepositionVelocityMps    vd (m/s), ≥ 0
 * @param rainScavengingPerS          λ (1/s) at 1 mm/h of rain, ≥ 0
 */
public record RemovalParameters(String substanceId, double dryDepositionVelocityMps, double rainScavengingPerS) {

    /** Reference rain rate R<sub>1</sub> of λ: 1 mm/h in m/s. */
    public static final double REFERENCE_RAIN_MPS = 1e-3 / 3600;
    /** Rain rate (mm/h) fog is taken to scavenge like [A]. */
    public static final double FOG_EQUIVALENT_MM_PER_H = 0.1;
    /** No removal: the cloud keeps its mass. */
    public static final RemovalParameters NONE = new RemovalParameters("none", 0, 0);

    public RemovalParameters {
        if (substanceId == null || substanceId.isBlank()) {
            throw new IllegalArgumentException("removal parameters need a substance id");
        }
        if (!(dryDepositionVelocityMps >= 0) || Double.isInfinite(dryDepositionVelocityMps)) {
            throw new IllegalArgumentException("dry deposition velocity must be a finite value >= 0 m/s, got "
                    + dryDepositionVelocityMps);
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
