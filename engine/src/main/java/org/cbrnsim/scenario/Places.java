package org.cbrnsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places read so far: every well-formed id (even of a place with other problems, so that a reference
 * to it is not reported as unknown), the places read completely, and the hospitals among them with their
 * beds if they give them.
 */
final class Places {

    private final Map<String, Optional<PlaceSpec>> byId = new LinkedHashMap<>();
    private final List<Hospital> hospitals = new ArrayList<>();

    /**
     * A hospital place read completely.
     *
     * @param place where it is in the file, for problems about it as a whole
     * @param spec  the place
     * @param beds  its beds, empty when it gives none
     */
    record Hospital(YamlValue place, PlaceSpec spec, Optional<HospitalBeds> beds) {
    }

    void add(String id, Optional<PlaceSpec> place) {
        byId.put(id, place);
    }

    void addHospital(Hospital hospital) {
        hospitals.add(hospital);
    }

    /** The hospital places read completely, in file order. */
    List<Hospital> hospitals() {
        return List.copyOf(hospitals);
    }

    /** The places read completely, in file order. */
    List<PlaceSpec> specs() {
        return byId.values().stream().flatMap(Optional::stream).toList();
    }

    /** The id a reference names, if it is a known place's; "unknown place …; did you mean …?" otherwise. */
    Optional<String> knownId(YamlValue reference) {
        return reference.text().filter(id -> reference.check(byId.containsKey(id),
                "unknown place \"" + id + "\"" + Suggestion.didYouMean(id, byId.keySet())));
    }

    /** The place with this id, if it was read completely. */
    Optional<PlaceSpec> find(String id) {
        return byId.getOrDefault(id, Optional.empty());
    }
}
