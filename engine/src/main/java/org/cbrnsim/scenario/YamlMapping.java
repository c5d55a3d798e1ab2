package org.cbrnsim.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * A mapping of a scenario file with a fixed set of keys. On construction every key that is not a plain
 * word, is repeated, or is not one of the allowed keys is reported (unknown ones with "did you mean …?");
 * values are then taken by key.
 */
final class YamlMapping {

    private static final String MERGE_KEY = "<<";

    private final YamlValue self;
    private final Map<String, YamlValue> values = new LinkedHashMap<>();

    YamlMapping(YamlValue self, List<String> allowedKeys) {
        this.self = self;
        Map<String, Integer> firstLine = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) self.node()).getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                self.problems().error(tuple.getKeyNode(), self.path(), "expected a key (a word), got a list or mapping");
                continue;
            }
            String key = keyNode.getValue();
            YamlValue keyValue = new YamlValue(keyNode, Paths.key(self.path(), key), self.problems());
            if (firstLine.containsKey(key)) {
                keyValue.error("duplicate key \"" + key + "\" (first at line " + firstLine.get(key) + ")");
            } else if (!allowedKeys.contains(key)) {
                firstLine.put(key, keyValue.line());
                keyValue.error(unknownKey(key, allowedKeys));
            } else {
                firstLine.put(key, keyValue.line());
                values.put(key, new YamlValue(tuple.getValueNode(), keyValue.path(), self.problems()));
            }
        }
    }

    /** The mapping as a value, to report problems about it as a whole. */
    YamlValue self() {
        return self;
    }

    /** The value under {@code key}, if the key is there. */
    Optional<YamlValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value under {@code key}; reports a missing key at the mapping. */
    Optional<YamlValue> require(String key) {
        Optional<YamlValue> value = get(key);
        if (value.isEmpty()) {
            self.error("missing required key \"" + key + "\"");
        }
        return value;
    }

    /** A required value read with {@code read}; empty when it is missing or was refused. */
    <T> Optional<T> required(String key, Function<YamlValue, Optional<T>> read) {
        return require(key).flatMap(read);
    }

    /** An optional value read with {@code read}, {@code fallback} when absent; empty only when it was refused. */
    <T> Optional<T> optional(String key, Function<YamlValue, Optional<T>> read, T fallback) {
        return get(key).map(read).orElse(Optional.of(fallback));
    }

    private static String unknownKey(String key, List<String> allowedKeys) {
        if (key.equals(MERGE_KEY)) {
            return "merge keys (<<) are not supported; write the keys out";
        }
        String suggestion = Suggestion.didYouMean(key, allowedKeys);
        return "unknown key \"" + key + "\"" + (suggestion.isEmpty()
                ? "; expected one of: " + String.join(", ", allowedKeys) : suggestion);
    }
}
