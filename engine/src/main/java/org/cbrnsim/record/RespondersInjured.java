package org.cbrnsim.record;

/**
 * Crew of a responder unit were hurt by the gas.
 *
 * @param tS       time (s after T0)
 * @param unitId   the unit (actor and subject)
 * @param country  country of the unit
 * @param injured  crew hurt for the first time, ≥ 0 (0: crew already hurt were hurt worse), so the events add up to
 *                 the responders injured
 * @param severity the worst outcome among them, e.g. "admitted"
 */
public record RespondersInjured(double tS, String unitId, String country, int injured, String severity)
        implements SimEvent {

    public static final String TYPE = "responders_injured";

    public RespondersInjured {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.text("country", country);
        if (injured < 0) {
            throw new IllegalArgumentException("event field 'injured' must be at least 0, got " + injured);
        }
        EventChecks.text("severity", severity);
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
        return unitId;
    }

    /** "2 crew hurt, worst admitted" ("1 crew member hurt, …"). */
    @Override
    public String detail() {
        return injured == 0 ? "crew already hurt were hurt worse, worst " + severity
                : injured + (injured == 1 ? " crew member" : " crew") + " hurt, worst " + severity;
    }
}
