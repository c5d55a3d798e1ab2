package org.cbrnsim.record;

/**
 * A release of a hazardous substance began.
 *
 * @param tS          time (s after T0)
 * @param hazardId    the hazard's id in the scenario (the subject)
 * @param substanceId the substance's id, e.g. "chlorine"
 * @param country     country of the source
 * @param massKg      total mass to be released (kg), ≥ 0
 */
public record ReleaseStarted(double tS, String hazardId, String substanceId, String country, double massKg)
        implements SimEvent {

    public static final String TYPE = "release_started";

    public ReleaseStarted {
        EventChecks.time(tS);
        EventChecks.text("hazardId", hazardId);
        EventChecks.text("substanceId", substanceId);
        EventChecks.text("country", country);
        EventChecks.amount("massKg", massKg);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return hazardId;
    }

    @Override
    public String detail() {
        return substanceId + ", " + NumberText.format(massKg) + " kg";
    }
}
