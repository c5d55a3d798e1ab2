package org.cbrnsim.scenario;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A group of identical responder units stationed at one place (e.g. 3 ambulances at a town's substation).
 * The simulation makes {@code count} units of it, named {@code id-1 … id-count} when count &gt; 1.
 *
 * @param id           unique in the scenario, lower case letters, digits and hyphens
 * @param type         what kind of unit
 * @param stationId    the place it is stationed at (a place of the scenario)
 * @param count        how many identical units (≥ 1)
 * @param crew         people per unit (≥ 1)
 * @param capabilities what it can do (not empty)
 * @param ppe          what its crew wears on scene
 * @param callOutS     delay before it can leave (s, ≥ 0): 0 for a crew on duty, the call-out time of an on-call crew
 * @param source       where its numbers come from ("" when not given)
 */
public record UnitSpec(String id, UnitType type, String stationId, int count, int crew, Set<Capability> capabilities,
                       PpeLevel ppe, double callOutS, String source) {

    /** @throws IllegalArgumentException for a malformed id, a count or crew below 1, no capability or a negative call-out */
    public UnitSpec {
        Ids.requireId("unit id", id);
        Objects.requireNonNull(type, "type");
        Ids.requireId("station of unit " + id, stationId);
        Objects.requireNonNull(ppe, "ppe");
        Objects.requireNonNull(source, "source");
        if (count < 1) {
            throw new IllegalArgumentException("count of unit " + id + " must be >= 1, got " + count);
        }
        if (crew < 1) {
            throw new IllegalArgumentException("crew of unit " + id + " must be >= 1, got " + crew);
        }
        if (capabilities.isEmpty()) {
            throw new IllegalArgumentException("unit " + id + " needs at least one capability");
        }
        capabilities = Set.copyOf(EnumSet.copyOf(capabilities));
        Check.nonNegative("call-out time of unit " + id, callOutS, "s");
    }

    /** The names of the units it makes: its id for a single unit, {@code id-1 … id-count} for more. */
    public List<String> unitNames() {
        return count == 1 ? List.of(id) : IntStream.rangeClosed(1, count).mapToObj(i -> id + "-" + i).toList();
    }

    /** True when its crew is on call rather than on duty. */
    public boolean onCall() {
        return callOutS > 0;
    }
}
