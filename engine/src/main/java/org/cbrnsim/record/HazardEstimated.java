package org.cbrnsim.record;

/**
 * Command's estimate of a hazard area changed: the area above a tier of concern reaches a radius from the source,
 * from the forecast or improved by detection units' readings.
 *
 * @param tS           time (s after T0)
 * @param actorId      who made the estimate (command or a detection unit; the actor)
 * @param country      country of the actor
 * @param hazardId     the release (the subject)
 * @param tier         the tier, e.g. "AEGL-2"
 * @param radiusM      how far from the source the tier's area reaches (m), ≥ 0
 * @param fromReadings true when detector readings improved it, false for the forecast alone
 */
public record HazardEstimated(double tS, String actorId, String country, String hazardId, String tier, double radiusM,
                              boolean fromReadings) implements SimEvent {

    public static final String TYPE = "hazard_estimated";

    public HazardEstimated {
        EventChecks.time(tS);
        EventChecks.text("actorId", actorId);
        EventChecks.text("country", country);
        EventChecks.text("hazardId", hazardId);
        EventChecks.text("tier", tier);
        EventChecks.amount("radiusM", radiusM);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return actorId;
    }

    @Override
    public String subject() {
        return hazardId;
    }

    /** "AEGL-2 area to 2400 m from the source, from readings" (or "…, from the forecast"; whole metres). */
    @Override
    public String detail() {
        return tier + " area to " + Math.round(radiusM) + " m from the source, from "
                + (fromReadings ? "readings" : "the forecast");
    }
}
