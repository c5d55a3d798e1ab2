package org.cbrnsim.record;

import org.cbrnsim.response.SurgeTier;

/**
 * A hospital moved to another surge tier (conventional, contingency, crisis; Hick et al. 2009).
 *
 * @param tS           time (s after T0)
 * @param hospitalId   the hospital (actor and subject)
 * @param country      country of the hospital
 * @param tier         the tier it works at from now on
 * @param occupiedBeds beds taken at the change, ≥ 0
 */
public record HospitalTierChanged(double tS, String hospitalId, String country, SurgeTier tier, int occupiedBeds)
        implements SimEvent {

    public static final String TYPE = "hospital_tier";

    public HospitalTierChanged {
        EventChecks.time(tS);
        EventChecks.text("hospitalId", hospitalId);
        EventChecks.text("country", country);
        EventChecks.given("tier", tier);
        EventChecks.amount("occupiedBeds", occupiedBeds);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String actor() {
        return hospitalId;
    }

    @Override
    public String subject() {
        return hospitalId;
    }

    /** "contingency, 312 beds occupied" ("1 bed occupied"). */
    @Override
    public String detail() {
        return tier.label() + ", " + occupiedBeds + (occupiedBeds == 1 ? " bed" : " beds") + " occupied";
    }
}
