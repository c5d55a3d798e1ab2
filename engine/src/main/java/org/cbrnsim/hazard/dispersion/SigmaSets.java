package org.cbrnsim.hazard.dispersion;

import java.util.List;
import java.util.Locale;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/** Chooses a plume sigma set by the name a user gives on the command line or in a scenario. */
public final class SigmaSets {

    /** Names accepted by {@link #named}: Briggs open-country, Briggs urban, ALOHA Table 13, ISC3 Pasquill–Gifford. */
    public static final List<String> NAMES = List.of("briggs-rural", "briggs-urban", "aloha", "pasquill-gifford");

    private SigmaSets() {
    }

    /**
     * The sigma set called {@code name} (case-insensitive, one of {@link #NAMES}) for a stability class.
     *
     * @param roughnessM surface roughness length z0 (m), used only by "aloha" (σz switches to urban at 0.2 m)
     */
    public static PlumeSpread named(String name, StabilityClass stability, double roughnessM) {
        String key = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "briggs-rural" -> BriggsSpread.openCountry(stability);
            case "briggs-urban" -> BriggsSpread.urban(stability);
            case "aloha" -> BriggsSpread.aloha(stability, roughnessM);
            case "pasquill-gifford" -> new PasquillGiffordSpread(stability);
            default -> throw new IllegalArgumentException(
                    "expected a sigma set " + String.join(", ", NAMES) + ", got \"" + name + "\"");
        };
    }
}
