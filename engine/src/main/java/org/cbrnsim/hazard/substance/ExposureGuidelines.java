package org.cbrnsim.hazard.substance;

/** Placeholder, replaced by the substance-library work: tiered exposure guideline levels. */
public record ExposureGuidelines() {
}
