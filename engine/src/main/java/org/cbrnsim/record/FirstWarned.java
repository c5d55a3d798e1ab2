package org.cbrnsim.record;

/**
 * The first resident of a place received a warning.
 *
 * @param tS      time (s after T0)
 * @param country country of the place
 * @param placeId the place (the subject)
 */
public record FirstWarned(double tS, String country, String placeId) implements SimEvent {

    public static final String TYPE = "first_warned";

    public FirstWarned {
        EventChecks.time(tS);
        EventChecks.text("country", country);
        EventChecks.text("placeId", placeId);
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
        return "first resident warned";
    }
}
