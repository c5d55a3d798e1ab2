package org.cbrnsim.hazard.dispersion;

import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * Briggs (1973) dispersion coefficients for a continuous plume, σ = a·x·(1 + b·x)<sup>c</sup>
 * (x in metres, valid for about 100 m &lt; x &lt; 10 km), in three variants:
 * <ul>
 *   <li>{@link #openCountry} and {@link #urban}: Briggs's open-country and urban sets as published
 *       (Briggs 1973; Gifford 1976, Nuclear Safety 17:68; reference notes dispersion.md §2.2), with the
 *       D-class open-country σz coefficient b = 0.0015, not the misprinted 0.00015 (ALOHA erratum);</li>
 *   <li>{@link #aloha}: ALOHA 5.4.4 Technical Documentation (Jones et al. 2013) Table 13 and §4.3.1:
 *       σy always from the open-country set (ALOHA keeps the 3-minute averaging of the rural fit), σz from
 *       the open-country set below a roughness length of 0.2 m and from the urban set at or above it.</li>
 * </ul>
 */
public final class BriggsSpread implements PlumeSpread {

    /** Roughness length (m) at and above which ALOHA switches σz to the urban set (Tech Doc §4.3.1). */
    public static final double ALOHA_URBAN_ROUGHNESS_M = 0.2;

    /** σy, open country, classes A–F: a·x·(1 + 0.0001x)^−½. */
    private static final BriggsTerm[] OPEN_COUNTRY_Y = {
        new BriggsTerm(0.22, 0.0001, -0.5), new BriggsTerm(0.16, 0.0001, -0.5), new BriggsTerm(0.11, 0.0001, -0.5),
        new BriggsTerm(0.08, 0.0001, -0.5), new BriggsTerm(0.06, 0.0001, -0.5), new BriggsTerm(0.04, 0.0001, -0.5)};
    /** σz, open country, classes A–F. */
    private static final BriggsTerm[] OPEN_COUNTRY_Z = {
        new BriggsTerm(0.20, 0, 0), new BriggsTerm(0.12, 0, 0), new BriggsTerm(0.08, 0.0002, -0.5),
        new BriggsTerm(0.06, 0.0015, -0.5), new BriggsTerm(0.03, 0.0003, -1), new BriggsTerm(0.016, 0.0003, -1)};
    /** σy, urban, classes A–F (A–B and E–F share a formula). */
    private static final BriggsTerm[] URBAN_Y = {
        new BriggsTerm(0.32, 0.0004, -0.5), new BriggsTerm(0.32, 0.0004, -0.5), new BriggsTerm(0.22, 0.0004, -0.5),
        new BriggsTerm(0.16, 0.0004, -0.5), new BriggsTerm(0.11, 0.0004, -0.5), new BriggsTerm(0.11, 0.0004, -0.5)};
    /** σz, urban, classes A–F (A–B and E–F share a formula). */
    private static final BriggsTerm[] URBAN_Z = {
        new BriggsTerm(0.24, 0.001, 0.5), new BriggsTerm(0.24, 0.001, 0.5), new BriggsTerm(0.20, 0, 0),
        new BriggsTerm(0.14, 0.0003, -0.5), new BriggsTerm(0.08, 0.0015, -0.5), new BriggsTerm(0.08, 0.0015, -0.5)};

    private final BriggsTerm sigmaY;
    private final BriggsTerm sigmaZ;
    private final String name;

    private BriggsSpread(BriggsTerm sigmaY, BriggsTerm sigmaZ, String name) {
        this.sigmaY = sigmaY;
        this.sigmaZ = sigmaZ;
        this.name = name;
    }

    /** Briggs (1973) open-country σy and σz for the given class. */
    public static BriggsSpread openCountry(StabilityClass stability) {
        int i = stability.ordinal();
        return new BriggsSpread(OPEN_COUNTRY_Y[i], OPEN_COUNTRY_Z[i], "Briggs open-country (1973), class " + stability);
    }

    /** Briggs (1973) urban σy and σz for the given class. */
    public static BriggsSpread urban(StabilityClass stability) {
        int i = stability.ordinal();
        return new BriggsSpread(URBAN_Y[i], URBAN_Z[i], "Briggs urban (1973), class " + stability);
    }

    /**
     * ALOHA's Table 13 set: open-country σy; σz open-country when {@code roughnessM} &lt; 0.2 m, urban otherwise.
     *
     * @param roughnessM surface roughness length z0 (m), &gt; 0
     */
    public static BriggsSpread aloha(StabilityClass stability, double roughnessM) {
        if (!(roughnessM > 0) || Double.isInfinite(roughnessM)) {
            throw new IllegalArgumentException("roughness length must be a finite value > 0 m, got " + roughnessM);
        }
        int i = stability.ordinal();
        boolean urbanZ = roughnessM >= ALOHA_URBAN_ROUGHNESS_M;
        return new BriggsSpread(OPEN_COUNTRY_Y[i], urbanZ ? URBAN_Z[i] : OPEN_COUNTRY_Z[i],
                "ALOHA Table 13 (Briggs; σy open-country, σz " + (urbanZ ? "urban" : "open-country")
                        + "), class " + stability + ", z0 " + roughnessM + " m");
    }

    @Override
    public double sigmaYM(double xM) {
        return sigmaY.at(DownwindDistance.require(xM));
    }

    @Override
    public double sigmaZM(double xM) {
        return sigmaZ.at(DownwindDistance.require(xM));
    }

    @Override
    public String name() {
        return name;
    }
}
