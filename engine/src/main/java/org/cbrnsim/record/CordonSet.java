package org.cbrnsim.record;

/**
 * The cordon stands around a release: a hot zone and, outside it, a warm zone.
 *
 * @param tS          time (s after T0)
 * @param actorId     who set it (the actor)
 * @param country     country of the actor
 * @param hazardId    the release (the subject)
 * @param hotRadiusM  radius of the hot zone (m), ≥ 0
 * @param warmRadiusM outer radius of the warm zone (m), ≥ the hot radius
 */
public record CordonSet(double tS, String actorId, String country, String hazardId, double hotRadiusM,
                        double warmRadiusM) implements SimEvent {

    public static final String TYPE = "cordon_set";

    public CordonSet {
        EventChecks.time(tS);
        EventChecks.text("actorId", actorId);
        EventChecks.text("country", country);
        EventChecks.text("hazardId", hazardId);
        EventChecks.amount("hotRadiusM", hotRadiusM);
        if (!(warmRadiusM >= hotRadiusM) || Double.isInfinite(warmRadiusM)) {
            throw new IllegalArgumentException("event field 'warmRadiusM' must be finite and at least the hot radius ("
                    + hotRadiusM + " m), got " + warmRadiusM);
        }
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

    /** "hot zone to 300 m, warm zone to 1200 m" (whole metres). */
    @Override
    public String detail() {
        return "hot zone to " + Math.round(hotRadiusM) + " m, warm zone to " + Math.round(warmRadiusM) + " m";
    }
}
