package org.cbrnsim.hazard.atmosphere;

import java.util.Locale;
import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * The ground's aerodynamic roughness: one of ALOHA's terrain presets or an explicit roughness length z0.
 *
 * <p>Presets (ALOHA Technical Documentation, Jones et al. 2013, §4.3.1; dispersion.md §1.4): open country
 * z0 = 3 cm, urban or forest z0 = 100 cm, open water z0 = 2.6×10⁻⁶·U10^2.5 m (U10 in m/s), which grows
 * with the waves the wind raises.
 */
public sealed interface Roughness permits Roughness.Fixed, Roughness.OpenWater {

    Roughness OPEN_COUNTRY = new Fixed("open-country", 0.03);
    Roughness URBAN = new Fixed("urban", 1.0);
    Roughness FOREST = new Fixed("forest", 1.0);
    Roughness OPEN_WATER = new OpenWater();

    /** The preset's name as {@link #parse} accepts it, or the explicit length, e.g. "0.1 m". */
    String name();

    /** The roughness length z0 in metres over this ground with this 10 m wind. */
    double lengthM(double windSpeed10mMps);

    /**
     * An explicit roughness length.
     *
     * @throws IllegalArgumentException unless z0 is a positive length below the 10 m height of the wind input
     *                                  (the wind profile and the deposition resistance start from there)
     */
    static Roughness ofLengthM(double roughnessM) {
        if (roughnessM >= WindProfile.REFERENCE_HEIGHT_M) {
            throw new IllegalArgumentException("roughness length must be below the " + WindProfile.REFERENCE_HEIGHT_M
                    + " m height of the wind input, got " + roughnessM + " m");
        }
        return new Fixed(roughnessM + " m", roughnessM);
    }

    /**
     * A preset by name ("open-country", "urban", "forest", "open-water"; case, spaces and underscores
     * ignored) or an explicit length with its unit ("0.03m", "3 cm").
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    static Roughness parse(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        for (Roughness preset : new Roughness[] {OPEN_COUNTRY, URBAN, FOREST, OPEN_WATER}) {
            if (preset.name().equals(key)) {
                return preset;
            }
        }
        if (!key.isEmpty() && (Character.isDigit(key.charAt(0)) || key.charAt(0) == '.')) {
            return ofLengthM(QuantityParser.parse(text, Dimension.LENGTH));
        }
        throw new IllegalArgumentException("expected a roughness: open-country, urban, forest, open-water"
                + " or a length such as \"0.03 m\", got \"" + text + "\"");
    }

    /** A roughness length that does not depend on the wind. */
    record Fixed(String name, double z0M) implements Roughness {
        public Fixed {
            ObukhovLength.requireRoughness(z0M);
        }

        @Override
        public double lengthM(double windSpeed10mMps) {
            return z0M;
        }
    }

    /** Open water, whose roughness grows as U10^2.5 (ALOHA Tech Doc §4.3.1). */
    record OpenWater() implements Roughness {
        @Override
        public String name() {
            return "open-water";
        }

        @Override
        public double lengthM(double windSpeed10mMps) {
            if (!(windSpeed10mMps > 0) || Double.isInfinite(windSpeed10mMps)) {
                throw new IllegalArgumentException(
                        "open-water roughness needs a wind speed > 0 m/s, got " + windSpeed10mMps);
            }
            return 2.6e-6 * Math.pow(windSpeed10mMps, 2.5);
        }
    }
}
