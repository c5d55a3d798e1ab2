package org.cbrnsim.record;

/**
 * Evacuees from an area arrived at their destination.
 *
 * @param tS            time (s after T0)
 * @param country       country of the destination
 * @param areaId        the evacuated area (the subject)
 * @param destinationId where they arrived
 * @param people        number of people who arrived, ≥ 0
 */
public record EvacuationArrived(double tS, String country, String areaId, String destinationId, long people)
        implements SimEvent {

    public static final String TYPE = "evacuation_arrived";

    public EvacuationArrived {
        EventChecks.time(tS);
        EventChecks.text("country", country);
        EventChecks.text("areaId", areaId);
        EventChecks.text("destinationId", destinationId);
        EventChecks.amount("people", people);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return areaId;
    }

    @Override
    public String detail() {
        return people + (people == 1 ? " person" : " people") + " at " + destinationId;
    }
}
