package org.cbrnsim.geo;

import java.util.Arrays;
import java.util.Locale;

/** What a place is; the scenario format's {@code places[].kind} values (scenario-format.yaml, format 1). */
public enum PlaceKind {
    TOWN, VILLAGE, HOSPITAL, STATION, CROSSING, PORT, PLANT, OTHER;

    /** True for towns and villages, whose population (residents) the scenario format requires. */
    public boolean isResidential() {
        return this == TOWN || this == VILLAGE;
    }

    /** The name in scenario files (lower case, e.g. "town"). */
    public String scenarioName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind named {@code text} in a scenario file (e.g. "hospital"). */
    public static PlaceKind parse(String text) {
        for (PlaceKind kind : values()) {
            if (kind.scenarioName().equals(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("place kind must be one of " + Arrays.stream(values())
                .map(PlaceKind::scenarioName).toList() + ", got " + text);
    }
}
