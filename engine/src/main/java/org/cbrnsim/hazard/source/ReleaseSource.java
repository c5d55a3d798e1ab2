package org.cbrnsim.hazard.source;

import java.util.List;

/**
 * A release of a chemical into the air: the emission rate over time and the properties of the
 * released cloud that dispersion needs. Times are seconds after the release began.
 */
public interface ReleaseSource {

    /** Emission rate into the atmosphere at time {@code tS} (kg/s); 0 before the start and after the end. */
    double rateKgPerS(double tS);

    /** Duration of the emission (s); 0 for an instantaneous release. */
    double durationS();

    /** Mass that has entered the atmosphere by time {@code tS} (kg), non-decreasing in t. */
    double releasedMassKg(double tS);

    /** Total mass that enters the atmosphere (kg). */
    default double airborneMassKg() {
        return releasedMassKg(durationS());
    }

    /**
     * The release summarised as at most {@code maxSteps} steady steps over its whole duration, the way
     * ALOHA feeds its dispersion models (Jones et al. 2013, ALOHA Tech Doc §3, up to five steps;
     * dispersion.md §1.3). Mass-conserving; see {@link StepAveraging} for the method.
     */
    default List<ReleaseStep> averagedSteps(int maxSteps) {
        return averagedSteps(maxSteps, durationS());
    }

    /**
     * As {@link #averagedSteps(int)}, over the first {@code horizonS} seconds only (ALOHA models the
     * first hour: dispersion.md §1.8); the steps hold exactly the mass released by then.
     */
    default List<ReleaseStep> averagedSteps(int maxSteps, double horizonS) {
        return StepAveraging.equalMass(this, maxSteps, horizonS);
    }

    /** The released material as it enters air at the given ambient temperature (K) and pressure (Pa). */
    InitialCloud initialCloud(double airTemperatureK, double airPressurePa);

    /** One line saying what the release is, with its numbers, for outputs and logs. */
    String description();
}
