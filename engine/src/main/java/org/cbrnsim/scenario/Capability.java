package org.cbrnsim.scenario;

/** What a responder unit can do on scene; the scenario format's {@code units[].capabilities} values. */
public enum Capability {
    /** Measures concentrations: improves command's estimate of the hazard area. */
    DETECTION,
    /** Runs a decontamination line. */
    DECONTAMINATION,
    /** Enters the hot zone in respiratory protection to bring out non-ambulatory casualties. */
    RESCUE_IN_PPE,
    /** Sorts casualties (START or SALT). */
    TRIAGE,
    /** Treats casualties on scene. */
    TREATMENT,
    /** Carries patients to hospital. */
    TRANSPORT,
    /** Closes roads: sets the cordon. */
    TRAFFIC_CONTROL,
    /** Commands the incident: size-up and the hazard-area estimate. */
    COMMAND;

    /** The spelling in a scenario file, e.g. "rescue-in-ppe". */
    public String yamlName() {
        return YamlNames.hyphenated(this);
    }
}
