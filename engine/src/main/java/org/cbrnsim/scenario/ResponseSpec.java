package org.cbrnsim.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The responders of a scenario: the agencies with their units, the hospitals' beds, and how they all work.
 *
 * @param agencies   in file order; ids unique; unit ids unique across all agencies
 * @param hospitals  the hospital places that give beds, in place order
 * @param parameters how they work
 */
public record ResponseSpec(List<AgencySpec> agencies, List<HospitalSpec> hospitals, ResponseParameters parameters) {

    /** @throws IllegalArgumentException for repeated agency, unit or hospital ids */
    public ResponseSpec {
        agencies = List.copyOf(agencies);
        hospitals = List.copyOf(hospitals);
        Objects.requireNonNull(parameters, "parameters");
        Check.unique("agency id", agencies, AgencySpec::id);
        Check.unique("unit id", agencies.stream().flatMap(a -> a.units().stream()).toList(), UnitSpec::id);
        Check.unique("hospital", hospitals, HospitalSpec::placeId);
    }

    /** No agencies, no hospitals, the default parameters: nobody comes to help. */
    public static ResponseSpec none() {
        return new ResponseSpec(List.of(), List.of(), ResponseParameters.defaults());
    }

    /** True when the scenario has no agencies. */
    public boolean isEmpty() {
        return agencies.isEmpty();
    }
}
