package org.cbrnsim.record;

/**
 * An authority issued a warning to the population of an area.
 *
 * @param tS       time (s after T0)
 * @param issuerId the issuing authority or agency (the actor)
 * @param country  country of the area
 * @param areaId   the warned area or place (the subject)
 * @param channel  the channel, e.g. "sirens", "cell-broadcast"
 */
public record WarningIssued(double tS, String issuerId, String country, String areaId, String channel)
        implements SimEvent {

    public static final String TYPE = "warning_issued";

    public WarningIssued {
        EventChecks.time(tS);
        EventChecks.text("issuerId", issuerId);
        EventChecks.text("country", country);
        EventChecks.text("areaId", areaId);
        EventChecks.text("channel", channel);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return issuerId;
    }

    @Override
    public String subject() {
        return areaId;
    }

    @Override
    public String detail() {
        return "channel " + channel;
    }
}
