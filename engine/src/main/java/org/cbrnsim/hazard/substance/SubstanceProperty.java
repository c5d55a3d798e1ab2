package org.cbrnsim.hazard.substance;

/** The temperature-dependent properties the library holds correlations for, with their data-file keys. */
public enum SubstanceProperty {
    LIQUID_DENSITY("liquid_density", "liquid density", "kg/m³"),
    VAPOUR_PRESSURE("vapour_pressure", "vapour pressure", "Pa"),
    HEAT_OF_VAPORISATION("heat_of_vaporisation", "heat of vaporisation", "J/kg"),
    LIQUID_HEAT_CAPACITY("liquid_heat_capacity", "liquid heat capacity", "J/(kg·K)");

    private final String fileKey;
    private final String displayName;
    private final String siUnit;

    SubstanceProperty(String fileKey, String displayName, String siUnit) {
        this.fileKey = fileKey;
        this.displayName = displayName;
        this.siUnit = siUnit;
    }

    /** The key of this property in substances.yaml. */
    public String fileKey() {
        return fileKey;
    }

    /** Human-readable name, e.g. "vapour pressure". */
    public String displayName() {
        return displayName;
    }

    /** The SI unit the correlations return. */
    public String siUnit() {
        return siUnit;
    }
}
