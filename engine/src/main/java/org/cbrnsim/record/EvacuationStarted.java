package org.cbrnsim.record;

/**
 * An authority started the evacuation of an area.
 *
 * @param tS          time (s after T0)
 * @param authorityId the ordering authority (the actor)
 * @param country     country of the area
 * @param areaId      the area (the subject)
 * @param residents   residents to be moved, ≥ 0
 */
public record EvacuationStarted(double tS, String authorityId, String country, String areaId, long residents)
        implements SimEvent {

    public static final String TYPE = "evacuation_started";

    public EvacuationStarted {
        EventChecks.time(tS);
        EventChecks.text("authorityId", authorityId);
        EventChecks.text("country", country);
        EventChecks.text("areaId", areaId);
        EventChecks.amount("residents", residents);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return authorityId;
    }

    @Override
    public String subject() {
        return areaId;
    }

    @Override
    public String detail() {
        return residents + " residents";
    }
}
