package org.cbrnsim.hazard.atmosphere;

import org.cbrnsim.units.Dimension;
import org.cbrnsim.units.QuantityParser;

/**
 * The fraction of the sky covered by cloud, 0 (clear) to 1 (overcast).
 *
 * @param fraction covered fraction of the sky, 0–1
 */
public record CloudCover(double fraction) {

    /** Eighths of the sky in one okta. */
    private static final double OKTAS_PER_SKY = 8;
    private static final double TENTHS_PER_SKY = 10;

    /** @throws IllegalArgumentException unless 0 ≤ fraction ≤ 1 */
    public CloudCover {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("cloud cover must be between 0 and 1 (0/8 to 8/8), got " + fraction);
        }
    }

    /** Cloud cover in oktas, 0–8. */
    public static CloudCover ofOktas(double oktas) {
        return new CloudCover(oktas / OKTAS_PER_SKY);
    }

    /**
     * Reads oktas ("3/8"), tenths as ALOHA asks for them ("5/10", or a bare whole number 0–10: "5"),
     * a percentage ("40%") or a fraction with a decimal point ("0.4").
     *
     * @throws IllegalArgumentException when the text is none of these or out of range
     */
    public static CloudCover parse(String text) {
        String s = text == null ? "" : text.strip();
        if (s.matches("\\d+(\\.\\d*)?\\s*/\\s*(8|10)")) {
            double parts = Double.parseDouble(s.substring(0, s.indexOf('/')).strip());
            return s.endsWith("8") ? ofOktas(parts) : new CloudCover(parts / TENTHS_PER_SKY);
        }
        if (s.matches("\\d+")) {
            return new CloudCover(Integer.parseInt(s) / TENTHS_PER_SKY);
        }
        try {
            return new CloudCover(QuantityParser.parse(s, Dimension.FRACTION));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "expected a cloud cover in tenths (0-10, as ALOHA), oktas (3/8), percent (40%) or a fraction (0.4), got \""
                            + text + "\"", e);
        }
    }

    /** Cloud cover in oktas, 0–8. */
    public double oktas() {
        return fraction * OKTAS_PER_SKY;
    }

    /** True when the sky is fully covered (8/8). */
    public boolean isOvercast() {
        return fraction == 1;
    }
}
