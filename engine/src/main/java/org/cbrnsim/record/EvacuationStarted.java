package org.cbrnsim.record;

/**
 * Residents of a place set out on their evacuation: the ones who left in one simulation step (a batch), with
 * the running total for the place. A place has one event for every step in which some of its residents left,
 * so the counts of a run's events add up to everyone who has left (arrived, still on the way, or died after
 * leaving); the first event of a place is when its evacuation began.
 *
 * @param tS             when the first of the batch left (s after T0)
 * @param authorityId    who acted (the actor; "residents" when they leave on their own decision)
 * @param country        country of the place
 * @param areaId         the place (the subject)
 * @param residents      residents who set out in this batch, ≥ 0
 * @param residentsSoFar residents who have set out from the place up to and including this batch, ≥ residents
 */
public record EvacuationStarted(double tS, String authorityId, String country, String areaId, long residents,
                                long residentsSoFar) implements SimEvent {

    public static final String TYPE = "evacuation_started";

    public EvacuationStarted {
        EventChecks.time(tS);
        EventChecks.text("authorityId", authorityId);
        EventChecks.text("country", country);
        EventChecks.text("areaId", areaId);
        EventChecks.amount("residents", residents);
        if (residentsSoFar < residents) {
            throw new IllegalArgumentException("event field 'residentsSoFar' must be at least residents (" + residents
                    + "), got " + residentsSoFar);
        }
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

    /** "120 residents set out (1240 from this place so far)"; "1 resident set out (…)". */
    @Override
    public String detail() {
        return residents + (residents == 1 ? " resident" : " residents") + " set out (" + residentsSoFar
                + " from this place so far)";
    }
}
