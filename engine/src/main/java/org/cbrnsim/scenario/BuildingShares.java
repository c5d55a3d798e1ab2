package org.cbrnsim.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the residents of a place are spread over the building types (shares adding up to 1).
 *
 * @param byType a share for every {@link BuildingType}; types left out get 0
 */
public record BuildingShares(Map<BuildingType, Double> byType) {

    /** @throws IllegalArgumentException for a share outside 0–1 or shares not adding up to 1 */
    public BuildingShares {
        EnumMap<BuildingType, Double> all = new EnumMap<>(BuildingType.class);
        double sum = 0;
        for (BuildingType type : BuildingType.values()) {
            double share = byType.getOrDefault(type, 0.0);
            Check.fraction(type.yamlKey() + " share", share);
            all.put(type, share);
            sum += share;
        }
        Check.sumIsOne("building shares", sum);
        byType = Collections.unmodifiableMap(all);
    }

    /** Everyone in buildings of one type. */
    public static BuildingShares all(BuildingType type) {
        return new BuildingShares(Map.of(type, 1.0));
    }

    /** The share of residents in buildings of this type. */
    public double share(BuildingType type) {
        return byType.get(type);
    }
}
