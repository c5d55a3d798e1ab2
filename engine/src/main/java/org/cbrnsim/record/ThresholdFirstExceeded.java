package org.cbrnsim.record;

/**
 * The concentration at a place exceeded a tier of concern for the first time.
 *
 * @param tS      time (s after T0)
 * @param tier    the tier, e.g. "AEGL-2"
 * @param placeId the place (the subject)
 * @param country country of the place
 */
public record ThresholdFirstExceeded(double tS, String tier, String placeId, String country) implements SimEvent {

    public static final String TYPE = "threshold_first_exceeded";

    public ThresholdFirstExceeded {
        EventChecks.time(tS);
        EventChecks.text("tier", tier);
        EventChecks.text("placeId", placeId);
        EventChecks.text("country", country);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return placeId;
    }

    @Override
    public String detail() {
        return tier;
    }
}
