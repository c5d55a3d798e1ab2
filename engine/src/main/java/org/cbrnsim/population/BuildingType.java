package org.cbrnsim.population;

/**
 * The building classes of the air-exchange table in exercise-and-response.md §4.5 (pyELDQM
 * defaults citing EPA 452/R-99-013). The code is the value stored in {@link Residents#building}.
 */
public enum BuildingType {
    TIGHT_RESIDENTIAL("tight_residential"),
    LEAKY_RESIDENTIAL("leaky_residential"),
    COMMERCIAL("commercial"),
    INDUSTRIAL("industrial");

    private final String id;

    BuildingType(String id) {
        this.id = id;
    }

    /** The name used in the scenario file, e.g. "tight_residential". */
    public String id() {
        return id;
    }

    /** The byte stored per resident. */
    public byte code() {
        return (byte) ordinal();
    }

    /** The type stored as {@code code}. */
    public static BuildingType of(byte code) {
        return values()[code];
    }
}
