package org.cbrnsim.population;

/**
 * How people indoors respond when they smell the gas, without an official warning: a share of them
 * close windows and doors (shelter, sealed air exchange) after a delay. The values are the
 * {@code odour_response} of {@code indoor-sinks.yaml}, assumptions [A] for want of a published value.
 *
 * @param share  share of those who smell it that act, in [0, 1]
 * @param delayS time from first smelling it to having closed up (s, ≥ 0)
 */
public record OdourResponse(double share, double delayS) {

    /** Requires the ranges above. */
    public OdourResponse {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("odour response share must lie in [0, 1], got " + share);
        }
        if (!(delayS >= 0 && Double.isFinite(delayS))) {
            throw new IllegalArgumentException("odour response delay must be >= 0 s, got " + delayS);
        }
    }
}
