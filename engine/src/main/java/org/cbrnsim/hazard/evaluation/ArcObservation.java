package org.cbrnsim.hazard.evaluation;

/**
 * The largest 10-minute mean concentration measured on one sampling arc of one Project Prairie
 * Grass run (Barad 1958), with the release that produced it.
 *
 * @param run                   run number
 * @param arcDistanceM          arc radius from the source (m)
 * @param emissionRateKgPerS    SO2 release rate (kg/s)
 * @param sourceHeightM         release height above ground (m)
 * @param samplerHeightM        sampler height above ground (m)
 * @param arcMaximumKgPerM3     largest sampler concentration on the arc (kg/m³); 0 when every sampler was below detection
 */
public record ArcObservation(int run, double arcDistanceM, double emissionRateKgPerS, double sourceHeightM,
                             double samplerHeightM, double arcMaximumKgPerM3) {
}
