package org.cbrnsim.scenario;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cbrnsim.geo.PlaceKind;

/**
 * Reads the bed keys of a place ({@code beds}, {@code ed_beds}, {@code icu_beds}, {@code occupancy}): only a
 * hospital has them; a hospital that gives any of them gives {@code beds}; ED beds default to
 * {@link ScenarioDefaults#edBeds}, ICU beds to 0 and at most the beds.
 */
final class HospitalBedsReader {

    static final List<String> KEYS = List.of("beds", "ed_beds", "icu_beds", "occupancy");

    private HospitalBedsReader() {
    }

    /**
     * The beds of a place of this kind: empty inside when it gives no bed key; empty outside when a key was
     * refused.
     */
    static Optional<Optional<HospitalBeds>> read(YamlMapping place, PlaceKind kind) {
        List<YamlValue> given = KEYS.stream().flatMap(key -> place.get(key).stream()).toList();
        if (given.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (kind != PlaceKind.HOSPITAL) {
            given.forEach(value -> value.error("only a hospital has beds; this place is a " + kind.scenarioName()));
            return Optional.empty();
        }
        Optional<Integer> beds = place.required("beds", v -> v.integerAtLeast(1));
        Optional<Integer> edBeds = beds.flatMap(b -> place.optional("ed_beds", v -> v.integerAtLeast(1),
                ScenarioDefaults.edBeds(b)));
        Optional<Integer> icuBeds = beds.flatMap(b -> place.optional("icu_beds", v -> v.integerAtLeast(0)
                .filter(n -> v.check(n <= b, "must be <= beds (" + b + "), got " + n)), 0));
        Optional<OptionalDouble> occupancy = place.optional("occupancy", v -> v.fraction().map(OptionalDouble::of),
                OptionalDouble.empty());
        if (beds.isEmpty() || edBeds.isEmpty() || icuBeds.isEmpty() || occupancy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new HospitalBeds(beds.get(), edBeds.get(), icuBeds.get(), occupancy.get())));
    }
}
