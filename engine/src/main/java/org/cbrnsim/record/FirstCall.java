package org.cbrnsim.record;

/**
 * The first emergency call about a release reached a country's dispatch centre: the moment the response's clock
 * starts (response times are counted from it).
 *
 * @param tS       time (s after T0)
 * @param country  country of the dispatch centre
 * @param hazardId the release the call is about (the subject)
 */
public record FirstCall(double tS, String country, String hazardId) implements SimEvent {

    public static final String TYPE = "first_call";

    public FirstCall {
        EventChecks.time(tS);
        EventChecks.text("country", country);
        EventChecks.text("hazardId", hazardId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return hazardId;
    }

    /** "first emergency call reached dispatch". */
    @Override
    public String detail() {
        return "first emergency call reached dispatch";
    }
}
