package org.cbrnsim.hazard.substance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed, checked access to one mapping of the substance data file, remembering where it is
 * (file, substance, field path) so every error names them.
 */
final class DataFields {

    private final String fileName;
    private final String substanceId;
    private final String path;
    private final Map<String, Object> values;

    private DataFields(String fileName, String substanceId, String path, Map<String, Object> values) {
        this.fileName = fileName;
        this.substanceId = substanceId;
        this.path = path;
        this.values = values;
    }

    /**
     * The top-level mapping of the data file {@code fileName} holding {@code yamlText}: only {@code rootKeys}
     * allowed, and its {@code format} must be {@code format}.
     */
    static DataFields parsedRoot(String fileName, String yamlText, Set<String> rootKeys, int format) {
        DataFields root = root(fileName, DataFileYaml.parse(fileName, yamlText));
        root.allowOnly(rootKeys);
        if (root.number("format") != format) {
            throw root.error("format", "this engine reads format " + format + ", got " + root.required("format"));
        }
        return root;
    }

    /** The top-level mapping of a parsed file. */
    static DataFields root(String fileName, Object parsed) {
        return new DataFields(fileName, null, "", asMap(fileName, null, "", parsed));
    }

    /** The same mapping as the root of substance {@code id}: errors name the substance and paths start here. */
    DataFields forSubstance(String id) {
        return new DataFields(fileName, id, "", values);
    }

    /** Rejects keys other than {@code allowed} (catches misspelt keys). */
    void allowOnly(Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw error(unknown.iterator().next(), "unknown key; expected one of " + new TreeSet<>(allowed));
        }
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    Set<String> keys() {
        return values.keySet();
    }

    /** The raw value of a required key. */
    Object required(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw error(key, values.containsKey(key) ? "is empty" : "is missing");
        }
        return value;
    }

    String string(String key) {
        Object value = required(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw error(key, "expected a non-empty text, got " + describe(value));
        }
        return text.trim();
    }

    double number(String key) {
        Object value = required(key);
        if (!(value instanceof Number number) || !Double.isFinite(number.doubleValue())) {
            throw error(key, "expected a number, got " + describe(value));
        }
        return number.doubleValue();
    }

    DataFields map(String key) {
        return new DataFields(fileName, substanceId, child(key), asMap(fileName, substanceId, child(key), required(key)));
    }

    List<Object> list(String key) {
        Object value = required(key);
        if (!(value instanceof List<?> list)) {
            throw error(key, "expected a list, got " + describe(value));
        }
        return new ArrayList<>(list);
    }

    /** Element {@code index} of the list at {@code key}, which must be a mapping. */
    DataFields mapInList(String key, int index, Object element) {
        String elementPath = child(key) + "[" + index + "]";
        return new DataFields(fileName, substanceId, elementPath, asMap(fileName, substanceId, elementPath, element));
    }

    /** Error about {@code key} of this mapping. */
    IllegalArgumentException error(String key, String problem) {
        return failure(fileName, substanceId, child(key), problem);
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String describe(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return String.valueOf(value);
    }

    private static IllegalArgumentException failure(String fileName, String substanceId, String path, String problem) {
        String where = substanceId == null ? "" : " substance \"" + substanceId + "\",";
        return new IllegalArgumentException(fileName + ":" + where + " field \"" + path + "\": " + problem);
    }

    private static Map<String, Object> asMap(String fileName, String substanceId, String path, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw failure(fileName, substanceId, path.isEmpty() ? "(top level)" : path,
                    "expected a mapping of keys to values, got " + describe(value));
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            copy.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        return copy;
    }
}
