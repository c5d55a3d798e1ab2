package org.cbrnsim.hazard.evaluation;

import org.cbrnsim.hazard.atmosphere.ObukhovLength;
import org.cbrnsim.hazard.atmosphere.StabilityClass;

/**
 * One observed arc maximum and the model's prediction for it.
 *
 * @param run            run number
 * @param arcDistanceM   arc radius (m)
 * @param stabilityClass class of the run by {@link ObukhovLength#golderClass}
 * @param observedKgPerM3  observed arc maximum (kg/m³)
 * @param predictedKgPerM3 predicted centreline concentration (kg/m³)
 */
public record PairedPrediction(int run, double arcDistanceM, StabilityClass stabilityClass,
                               double observedKgPerM3, double predictedKgPerM3) {
}
