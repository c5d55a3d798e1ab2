package org.cbrnsim.record;

/**
 * The first resident of a place died.
 *
 * @param tS      time (s after T0)
 * @param placeId the place (the subject)
 * @param country country of the place
 */
public record FirstDeath(double tS, String placeId, String country) implements SimEvent {

    public static final String TYPE = "first_death";

    public FirstDeath {
        EventChecks.time(tS);
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
        return "first death";
    }
}
