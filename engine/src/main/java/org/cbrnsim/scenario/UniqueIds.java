package org.cbrnsim.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Ids that must not repeat within a list; a repeat is reported at its node with the line of the first. */
final class UniqueIds {

    private final String what;
    private final Map<String, Integer> firstLine = new HashMap<>();

    /** @param what what the ids name, e.g. "place id" */
    UniqueIds(String what) {
        this.what = what;
    }

    /** True when {@code id} is new; otherwise reports "duplicate place id "x" (first at line 12)". */
    boolean add(YamlValue value, String id) {
        Integer first = firstLine.putIfAbsent(id, value.line());
        return value.check(first == null, "duplicate " + what + " \"" + id + "\" (first at line " + first + ")");
    }

    /** The required id under {@code key}, read with {@code read}, if it is new. */
    Optional<String> required(YamlMapping mapping, String key, Function<YamlValue, Optional<String>> read) {
        return mapping.required(key, value -> read.apply(value).filter(id -> add(value, id)));
    }
}
