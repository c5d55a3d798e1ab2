package org.cbrnsim.record;

import org.cbrnsim.scenario.UnitType;

/**
 * A responder unit was sent from its station to a place.
 *
 * @param tS            time (s after T0)
 * @param unitId        the unit (the actor)
 * @param unitType      its kind
 * @param agencyId      its agency
 * @param country       country of the agency
 * @param destinationId where it was sent (the subject)
 * @param roadM         distance by road from its station (m), ≥ 0
 */
public record UnitDispatched(double tS, String unitId, UnitType unitType, String agencyId, String country,
                             String destinationId, double roadM) implements SimEvent {

    public static final String TYPE = "unit_dispatched";

    public UnitDispatched {
        EventChecks.time(tS);
        EventChecks.text("unitId", unitId);
        EventChecks.given("unitType", unitType);
        EventChecks.text("agencyId", agencyId);
        EventChecks.text("country", country);
        EventChecks.text("destinationId", destinationId);
        EventChecks.amount("roadM", roadM);
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
        return destinationId;
    }

    /** "ambulance of ems-md, 12346 m by road" (whole metres). */
    @Override
    public String detail() {
        return unitType.yamlName() + " of " + agencyId + ", " + Math.round(roadM) + " m by road";
    }
}
