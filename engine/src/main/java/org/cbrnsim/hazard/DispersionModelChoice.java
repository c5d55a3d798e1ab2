package org.cbrnsim.hazard;

import java.util.Locale;

/**
 * Which dispersion model a hazard assessment uses: the passive Gaussian model, the dense-gas model,
 * or the automatic choice by Richardson number as ALOHA makes it ("let ALOHA decide").
 */
public enum DispersionModelChoice {
    GAUSSIAN, HEAVY, AUTO;

    /**
     * Parses "gaussian", "heavy" or "auto", case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static DispersionModelChoice parse(String text) {
        String key = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (DispersionModelChoice choice : values()) {
            if (choice.name().equals(key)) {
                return choice;
            }
        }
        throw new IllegalArgumentException("expected a model gaussian, heavy or auto, got \"" + text + "\"");
    }

    /** The lower-case name users type. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
