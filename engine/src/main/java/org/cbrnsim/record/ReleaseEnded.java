package org.cbrnsim.record;

/**
 * A release ended.
 *
 * @param tS         time (s after T0)
 * @param hazardId   the hazard's id in the scenario (the subject)
 * @param country    country of the source
 * @param releasedKg mass released in all (kg), ≥ 0
 */
public record ReleaseEnded(double tS, String hazardId, String country, double releasedKg) implements SimEvent {

    public static final String TYPE = "release_ended";

    public ReleaseEnded {
        EventChecks.time(tS);
        EventChecks.text("hazardId", hazardId);
        EventChecks.text("country", country);
        EventChecks.amount("releasedKg", releasedKg);
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
        return NumberText.format(releasedKg) + " kg released";
    }
}
