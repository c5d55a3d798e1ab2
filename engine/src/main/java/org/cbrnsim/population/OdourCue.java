package org.cbrnsim.population;

import java.util.Objects;

/**
 * People indoors who smell the gas close up without waiting for an official warning: when the
 * concentration in their building reaches the odour threshold, a share of them (drawn once per
 * resident) shelter and seal the building after a delay ({@link WarningReceipt}).
 *
 * @param thresholdKgPerM3 indoor concentration at which they smell it (kg/m³, &gt; 0; +∞: odourless, never)
 * @param response         who acts and how soon
 */
public record OdourCue(double thresholdKgPerM3, OdourResponse response) {

    /** No one ever smells the gas. */
    public static final OdourCue NONE = new OdourCue(Double.POSITIVE_INFINITY, new OdourResponse(0, 0));

    /** Requires a positive threshold and a response. */
    public OdourCue {
        if (!(thresholdKgPerM3 > 0)) {
            throw new IllegalArgumentException("odour threshold must be > 0 kg/m³ (or +∞ for none), got "
                    + thresholdKgPerM3);
        }
        Objects.requireNonNull(response, "response");
    }
}
