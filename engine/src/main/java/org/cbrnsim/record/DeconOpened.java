package org.cbrnsim.record;

/**
 * A unit's decontamination line opened and takes people in.
 *
 * @param tS      time (s after T0)
 * @param unitId  the unit that runs the line (the actor; the line's id in the time series, decon_queue_&lt;unit&gt;)
 * @param country country of the unit
 * @param placeId where the line stands (the subject)
 */
public record DeconOpened(double tS, String unitId, String country, String placeId) implements SimEvent {

    public static final String TYPE = "decon_opened";

    public DeconOpened {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.text("country", country);
        EventChecks.text("placeId", placeId);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return unitId;
    }

    @Override
    public String subject() {
        return placeId;
    }

    /** "decontamination line open". */
    @Override
    public String detail() {
        return "decontamination line open";
    }
}
