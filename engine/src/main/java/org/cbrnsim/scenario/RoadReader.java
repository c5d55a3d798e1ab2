package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import org.cbrnsim.units.Dimension;

/** Reads {@code roads:}, each between two known, different places. */
final class RoadReader {

    static final List<String> KEYS = List.of("from", "to", "km", "speed");

    private RoadReader() {
    }

    static Optional<List<RoadSpec>> read(YamlValue value, Places places) {
        return value.listOf(item -> item.mapping(KEYS).flatMap(road -> road(road, places)));
    }

    private static Optional<RoadSpec> road(YamlMapping road, Places places) {
        Optional<String> from = road.required("from", places::knownId);
        Optional<String> to = road.required("to", places::knownId);
        Optional<Double> km = road.required("km", v -> v.number().flatMap(n -> v.above(n, 0, "km")));
        Optional<Double> speedMps = road.optional("speed", v -> v.positive(Dimension.SPEED), ScenarioDefaults.ROAD_SPEED_MPS);
        if (from.isEmpty() || to.isEmpty() || km.isEmpty() || speedMps.isEmpty()) {
            return Optional.empty();
        }
        if (!road.get("to").orElseThrow().check(!from.get().equals(to.get()),
                "a road joins two different places, got \"" + to.get() + "\" at both ends")) {
            return Optional.empty();
        }
        return Optional.of(new RoadSpec(from.get(), to.get(), km.get() * 1000, speedMps.get()));
    }
}
