package org.cbrnsim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The people of the scenario: where they are at T0, how their shelters exchange air, how they are
 * warned, what they decide and where they evacuate to. Defaults: {@link ScenarioDefaults}.
 *
 * @param atStart            where residents are at T0
 * @param airExchange        air exchange of each building type
 * @param vehicleAirExchange air exchange of a vehicle (normal: ventilation on; sealed: windows shut, recirculation)
 * @param warning            how people are warned
 * @param decision           what a warned person does
 * @param evacuation         where evacuees go
 * @param scale              residents per agent (≥ 1): population / scale agents are created
 */
public record PopulationSpec(LocationShares atStart, Map<BuildingType, AirExchange> airExchange,
                             AirExchange vehicleAirExchange, WarningSpec warning, DecisionSpec decision,
                             EvacuationSpec evacuation, double scale) {

    /** @throws IllegalArgumentException for a building type without air exchange or a scale below 1 */
    public PopulationSpec {
        Objects.requireNonNull(atStart, "atStart");
        Objects.requireNonNull(vehicleAirExchange, "vehicleAirExchange");
        Objects.requireNonNull(warning, "warning");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(evacuation, "evacuation");
        EnumMap<BuildingType, AirExchange> all = new EnumMap<>(BuildingType.class);
        all.putAll(airExchange);
        if (all.size() != BuildingType.values().length) {
            throw new IllegalArgumentException("air exchange needed for every building type, got " + all.keySet());
        }
        airExchange = Collections.unmodifiableMap(all);
        if (!(scale >= 1) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("scale (residents per agent) must be >= 1, got " + scale);
        }
    }

    /** The air exchange of buildings of this type. */
    public AirExchange airExchange(BuildingType type) {
        return airExchange.get(type);
    }
}
