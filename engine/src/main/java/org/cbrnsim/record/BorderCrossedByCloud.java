package org.cbrnsim.record;

/**
 * A cloud above a tier of concern crossed a border.
 *
 * @param tS          time (s after T0)
 * @param hazardId    the hazard whose cloud crossed (the subject)
 * @param fromCountry country the cloud came from
 * @param toCountry   country it entered (the event's country)
 * @param tier        the tier the cloud exceeded at the crossing, e.g. "AEGL-1"
 */
public record BorderCrossedByCloud(double tS, String hazardId, String fromCountry, String toCountry, String tier)
        implements SimEvent {

    public static final String TYPE = "border_crossed_by_cloud";

    public BorderCrossedByCloud {
        EventChecks.time(tS);
        EventChecks.text("hazardId", hazardId);
        EventChecks.text("fromCountry", fromCountry);
        EventChecks.text("toCountry", toCountry);
        EventChecks.text("tier", tier);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String country() {
        return toCountry;
    }

    @Override
    public String subject() {
        return hazardId;
    }

    @Override
    public String detail() {
        return "from " + fromCountry + " to " + toCountry + " above " + tier;
    }
}
