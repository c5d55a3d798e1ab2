package org.cbrnsim.scenario;

import java.util.EnumSet;
import java.util.Set;

/**
 * The kinds of responder unit a scenario can station, each with the crew, capabilities and protection it has
 * unless the scenario says otherwise. The defaults are assumed [A] typical compositions, not one country's
 * standard; scenarios override them per unit with their sources.
 */
public enum UnitType {
    FIRE_ENGINE(4, EnumSet.of(Capability.RESCUE_IN_PPE), PpeLevel.STRUCTURAL),
    HAZMAT(6, EnumSet.of(Capability.DETECTION, Capability.RESCUE_IN_PPE, Capability.DECONTAMINATION), PpeLevel.A),
    DECONTAMINATION(6, EnumSet.of(Capability.DECONTAMINATION), PpeLevel.C),
    DETECTION(3, EnumSet.of(Capability.DETECTION), PpeLevel.B),
    AMBULANCE(2, EnumSet.of(Capability.TRIAGE, Capability.TREATMENT, Capability.TRANSPORT), PpeLevel.NONE),
    POLICE(2, EnumSet.of(Capability.TRAFFIC_CONTROL), PpeLevel.NONE),
    COMMAND(3, EnumSet.of(Capability.COMMAND), PpeLevel.NONE),
    MILITARY_CBRN(10, EnumSet.of(Capability.DETECTION, Capability.DECONTAMINATION, Capability.RESCUE_IN_PPE),
            PpeLevel.B);

    private final int defaultCrew;
    private final Set<Capability> defaultCapabilities;
    private final PpeLevel defaultPpe;

    UnitType(int defaultCrew, Set<Capability> defaultCapabilities, PpeLevel defaultPpe) {
        this.defaultCrew = defaultCrew;
        this.defaultCapabilities = defaultCapabilities;
        this.defaultPpe = defaultPpe;
    }

    /** Crew of a unit of this type when the scenario does not give one [A]. */
    public int defaultCrew() {
        return defaultCrew;
    }

    /** Capabilities of a unit of this type when the scenario does not list them. */
    public Set<Capability> defaultCapabilities() {
        return EnumSet.copyOf(defaultCapabilities);
    }

    /** Protection of the crew when the scenario does not give it. */
    public PpeLevel defaultPpe() {
        return defaultPpe;
    }

    /** The spelling in a scenario file, e.g. "fire-engine". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
