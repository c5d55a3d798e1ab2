package org.cbrnsim.record;

/**
 * An authority ordered the population of an area to shelter in place.
 *
 * @param tS          time (s after T0)
 * @param authorityId the ordering authority (the actor)
 * @param country     country of the area
 * @param areaId      the area (the subject)
 */
public record ShelterOrdered(double tS, String authorityId, String country, String areaId) implements SimEvent {

    public static final String TYPE = "shelter_ordered";

    public ShelterOrdered {
        EventChecks.time(tS);
        EventChecks.text("authorityId", authorityId);
        EventChecks.text("country", country);
        EventChecks.text("areaId", areaId);
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
        return "shelter in place";
    }
}
