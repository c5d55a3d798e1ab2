package org.cbrnsim.scenario;

import java.util.Locale;

/**
 * The building types of the shelter-in-place model, after the air-exchange table of pyELDQM (citing
 * EPA 452/R-99-013) in exercise-and-response.md §4.5.
 */
public enum BuildingType {
    TIGHT_RESIDENTIAL, LEAKY_RESIDENTIAL, COMMERCIAL, INDUSTRIAL;

    /** The key in a scenario file, e.g. "tight_residential". */
    public String yamlKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
