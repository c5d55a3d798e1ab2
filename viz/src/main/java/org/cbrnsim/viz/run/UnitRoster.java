package org.cbrnsim.viz.run;

import org.cbrnsim.scenario.AgencySpec;
import org.cbrnsim.scenario.Scenario;
import org.cbrnsim.scenario.UnitSpec;
import org.cbrnsim.scenario.UnitType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The responder units of a scenario as the run names them in events.csv: a unit group of count 1 is one unit named by
 * the group's id, a group of count n &gt; 1 gives the units {@code <id>-1 … <id>-n} (UnitSpec). In agency and file order.
 */
public final class UnitRoster {

    private final Map<String, UnitType> typeByUnit;
    private final Map<String, Integer> orderByUnit = new HashMap<>();

    private UnitRoster(Map<String, UnitType> typeByUnit) {
        this.typeByUnit = Collections.unmodifiableMap(typeByUnit);
        typeByUnit.keySet().forEach(unit -> orderByUnit.put(unit, orderByUnit.size()));
    }

    /** The units of {@code scenario}'s agencies. */
    public static UnitRoster of(Scenario scenario) {
        Map<String, UnitType> types = new LinkedHashMap<>();
        for (AgencySpec agency : scenario.response().agencies()) {
            for (UnitSpec group : agency.units()) {
                for (String unitId : unitIds(group)) {
                    types.put(unitId, group.type());
                }
            }
        }
        return new UnitRoster(types);
    }

    /** The ids the run gives the units of {@code group}. */
    static List<String> unitIds(UnitSpec group) {
        if (group.count() == 1) {
            return List.of(group.id());
        }
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= group.count(); n++) {
            ids.add(group.id() + "-" + n);
        }
        return ids;
    }

    /** Every unit id, in agency and file order. */
    public List<String> unitIds() {
        return List.copyOf(typeByUnit.keySet());
    }

    /** The kind of the unit {@code unitId}; empty for an id that is not one of the scenario's units. */
    public Optional<UnitType> type(String unitId) {
        return Optional.ofNullable(typeByUnit.get(unitId));
    }

    /** The place of {@code unitId} in {@link #unitIds()}; -1 for an id that is not one of the scenario's units. */
    public int order(String unitId) {
        return orderByUnit.getOrDefault(unitId, -1);
    }
}
