package org.cbrnsim.hazard.atmosphere;

/**
 * Pasquill–Gifford atmospheric stability class, from A (very unstable) to F (moderately stable).
 *
 * <p>Source: Pasquill (1961), Gifford (1961); the classification key is Turner (1970), AP-26.
 */
public enum StabilityClass {
    A, B, C, D, E, F;

    /**
     * Parses a class letter, case-insensitively.
     *
     * @throws IllegalArgumentException naming what is expected when the text is not A–F
     */
    public static StabilityClass parse(String text) {
        if (text != null && text.trim().length() == 1) {
            char c = Character.toUpperCase(text.trim().charAt(0));
            if (c >= 'A' && c <= 'F') {
                return values()[c - 'A'];
            }
        }
        throw new IllegalArgumentException(
                "expected a Pasquill stability class A, B, C, D, E or F, got \"" + text + "\"");
    }

    /** True for the stable classes E and F, the only ones with which ALOHA accepts an inversion lid. */
    public boolean isStable() {
        return this == E || this == F;
    }
}
