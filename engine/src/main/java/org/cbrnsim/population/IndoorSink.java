package org.cbrnsim.population;

import java.util.Objects;

import org.cbrnsim.units.IdealGas;

/**
 * What a building does to one substance and how its occupants notice it: an entry of
 * {@code scenarios/substances/indoor-sinks.yaml} read by {@link IndoorSinks}.
 *
 * @param substanceId       the substance's id in the substance library
 * @param lossPerS          first-order loss to indoor surfaces, k = v<sub>d,in</sub>·S/V (1/s, ≥ 0; 0 for an inert
 *                          gas or one with no known value)
 * @param odourThresholdPpm concentration at which people indoors smell it (ppm, &gt; 0; +∞ for an odourless gas)
 * @param response          what those who smell it do (the file's {@code odour_response})
 */
public record IndoorSink(String substanceId, double lossPerS, double odourThresholdPpm, OdourResponse response) {

    /** Requires the ranges above. */
    public IndoorSink {
        if (!(lossPerS >= 0 && Double.isFinite(lossPerS))) {
            throw new IllegalArgumentException(substanceId + ": indoor loss rate must be >= 0 1/s, got " + lossPerS);
        }
        if (!(odourThresholdPpm > 0)) {
            throw new IllegalArgumentException(substanceId + ": odour threshold must be > 0 ppm, got " + odourThresholdPpm);
        }
        Objects.requireNonNull(response, "response");
    }

    /** The odour cue in kg/m³ for a gas of {@code molarMassKgPerMol} in air at {@code temperatureK}, {@code pressurePa}. */
    public OdourCue odourCue(double molarMassKgPerMol, double temperatureK, double pressurePa) {
        double thresholdKgPerM3 = Double.isInfinite(odourThresholdPpm) ? Double.POSITIVE_INFINITY
                : IdealGas.ppmToKgPerM3(odourThresholdPpm, molarMassKgPerMol, temperatureK, pressurePa);
        return new OdourCue(thresholdKgPerM3, response);
    }
}
